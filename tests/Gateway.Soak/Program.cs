using Gateway.Soak;

// The soak client: 32 (or --clients) concurrent clients send mixed reads and writes to a running
// gateway on loopback for a bounded time, then count the writes back. tests/soak.sh starts the server.
var options = SoakOptions.Parse(args);
if (options is null)
{
    await Console.Error.WriteLineAsync(SoakOptions.Usage);
    return 2;
}

return await SoakRun.RunAsync(options);
