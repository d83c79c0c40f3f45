namespace Gateway.Health;

/// <summary>The <c>Gateway:Health</c> configuration section.</summary>
public sealed class HealthOptions
{
    public const string SectionName = "Gateway:Health";

    /// <summary>How long the readiness check may wait for the store before it reports it unhealthy.</summary>
    public TimeSpan ReadinessTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
