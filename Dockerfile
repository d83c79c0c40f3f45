# The gateway as a container: the IDE's files from npm, a Release publish on the .NET SDK (ReadyToRun,
# for the target platform: see src/Gateway/Gateway.csproj), and the ASP.NET runtime image running as its
# non-root user with the catalogue in a volume.
#   docker build -t gateway .
#   docker run -p 8080:8080 -v gateway-data:/app/data gateway
# The first start migrates and seeds the SQLite catalogue in /app/data. For PostgreSQL, set
# Catalogue__Provider=postgres and ConnectionStrings__Catalogue. Banana Cake Pop is off in
# Production; Gateway__Explorer__Enabled=true switches it on.

# Banana Cake Pop's static files (the package's only runtime dependency; the test tools stay out).
FROM node:20-bookworm-slim AS ide
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# Set by BuildKit (amd64, arm64): ReadyToRun code is compiled for the image's platform.
ARG TARGETARCH
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Gateway/Gateway.csproj src/Gateway/
RUN dotnet restore src/Gateway/Gateway.csproj -a "$TARGETARCH"
COPY src/ src/
# With the package present, the build skips its own `npm ci` and copies the files to explorer/.
COPY --from=ide /src/node_modules node_modules
RUN dotnet publish src/Gateway/Gateway.csproj -c Release -a "$TARGETARCH" --no-restore -o /app/publish

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# curl serves the health check only.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app/publish .
RUN mkdir -p /app/data && chown "$APP_UID" /app/data
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Catalogue__DataDirectory=/app/data
USER $APP_UID
VOLUME /app/data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD curl --fail --silent --show-error http://127.0.0.1:8080/health/live || exit 1
ENTRYPOINT ["dotnet", "Gateway.dll"]
