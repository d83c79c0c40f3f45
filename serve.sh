#!/usr/bin/env bash
# Serves the gateway on the embedded SQLite store with the demo catalogue: the first start creates
# data/catalogue under the repository root, migrates it and seeds it, which takes a little while.
# Banana Cake Pop is at http://localhost:5000/graphql. Extra arguments go to the gateway, for example
# ./serve.sh --urls http://0.0.0.0:8080 or ./serve.sh --Gateway:Diagnostics=true
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund
fi

export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export Catalogue__DataDirectory="${Catalogue__DataDirectory:-$PWD/data}"
# The published build (ReadyToRun: compiled ahead of time, see src/Gateway/Gateway.csproj) starts in
# well under a second; publishing again without changes takes a few seconds.
dotnet publish src/Gateway -c Release --nologo -v quiet
exec dotnet src/Gateway/bin/Release/net10.0/publish/Gateway.dll \
  --urls "${GATEWAY_URLS:-http://localhost:5000}" "$@"
