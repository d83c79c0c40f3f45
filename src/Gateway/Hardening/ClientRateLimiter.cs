using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Gateway.Hardening;

/// <summary>
/// The per-client token bucket on ASP.NET Core's rate limiter. A client is its Bearer token (a hash of
/// it, so that no secret is kept as a key) or, without one, its IP address.
/// </summary>
internal static partial class ClientRateLimiter
{
    public static void Configure(RateLimiterOptions limiter, RateLimitingOptions options)
    {
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            !options.Enabled || !IsLimited(context.Request.Path)
                ? RateLimitPartition.GetNoLimiter("unlimited")
                : RateLimitPartition.GetTokenBucketLimiter(ClientKey(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = options.TokenLimit,
                    TokensPerPeriod = options.TokensPerPeriod,
                    ReplenishmentPeriod = options.ReplenishmentPeriod,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = RejectAsync;
    }

    /// <summary>The partition of a request: <c>token:</c> and a hash prefix, or <c>ip:</c> and the address.</summary>
    public static string ClientKey(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && authorization.Length > 7)
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(authorization[7..].Trim()));
            return "token:" + Convert.ToHexStringLower(hash.AsSpan(0, 16));
        }

        return "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }

    private static bool IsLimited(PathString path) =>
        path.StartsWithSegments("/graphql", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/api/v4", StringComparison.OrdinalIgnoreCase);

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ClientRateLimiter));
        LogThrottled(logger, context.Request.Path, seconds);
        if (context.Request.Path.StartsWithSegments("/api/v4", StringComparison.OrdinalIgnoreCase))
        {
            // Note: the REST shim answers as Django REST Framework throttling does.
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(
                $"{{\"detail\":\"Request was throttled. Expected available in {seconds} seconds.\"}}",
                cancellationToken);
            return;
        }

        await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status429TooManyRequests, "RATE_LIMITED",
            $"Too many requests from this client; retry after {seconds} seconds.");
    }

    [LoggerMessage(EventId = 811, Level = LogLevel.Warning, Message = "Throttled a request to {Path} for {Seconds} s")]
    private static partial void LogThrottled(ILogger logger, string path, int seconds);
}
