namespace Gateway.Benchmarks.Harness;

/// <summary>The two servers under comparison, each with its own copy of the catalogue.</summary>
internal sealed record SideBySide(
    ServerProcess Gateway, string GatewayDatabase, ServerProcess Floor, string FloorDatabase);
