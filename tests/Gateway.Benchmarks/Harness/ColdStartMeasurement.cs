namespace Gateway.Benchmarks.Harness;

/// <summary>
/// One cold start of the gateway: a fresh process (diagnostics off, as in the timed run) on an existing
/// catalogue, from process start to its first answered query; the process is stopped afterwards.
/// </summary>
internal sealed class ColdStartMeasurement(
    GatewayCatalogue catalogue, string work, IReadOnlyDictionary<string, string> environment)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private int count;

    public async Task<TimeSpan> GatewayAsync(
        HttpClient client, Func<HttpClient, Uri, CancellationToken, Task<bool>> probe,
        CancellationToken cancellationToken)
    {
        var log = Path.Combine(work, $"gateway-cold-start-{++count}.log");
        await using var gateway = catalogue.StartServer(log, diagnostics: false, environment);
        return await gateway.WaitUntilAnsweredAsync(client, probe, StartTimeout, cancellationToken);
    }
}
