namespace Gateway.Hardening;

/// <summary>
/// The <c>Gateway:RateLimiting</c> configuration section: one token bucket per client (per Bearer token,
/// else per IP address) over <c>/graphql</c> and <c>/api/v4/</c>.
/// </summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "Gateway:RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests a client may send in a burst: the bucket's size.</summary>
    public int TokenLimit { get; set; } = 100;

    /// <summary>Tokens put back each <see cref="ReplenishmentPeriod"/>.</summary>
    public int TokensPerPeriod { get; set; } = 20;

    public TimeSpan ReplenishmentPeriod { get; set; } = TimeSpan.FromSeconds(1);
}
