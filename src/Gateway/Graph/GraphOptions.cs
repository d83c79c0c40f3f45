namespace Gateway.Graph;

/// <summary>The graph's settings in the <c>Gateway</c> configuration section.</summary>
public sealed class GraphOptions
{
    public const string SectionName = "Gateway";

    /// <summary>
    /// Puts <c>extensions.diagnostics { sqlStatements, elapsedMs }</c> on every GraphQL response, and an
    /// <c>X-Sql-Statements</c> header on every REST v4 response. Off by default: it tells clients how the
    /// server works.
    /// </summary>
    public bool Diagnostics { get; set; }
}
