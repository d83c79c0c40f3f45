using Gateway.Benchmarks.Floor;
using Gateway.Benchmarks.Harness;

// One executable, two roles: with the verb "floor" it is the hand-written SQL server (started by the
// harness as its own process); otherwise it is the harness that starts both servers and drives them.
if (args.Length > 0 && args[0] == "floor")
{
    return await FloorServer.RunAsync(args[1..]);
}

if (!BenchmarkOptions.TryParse(args, out var options, out var error))
{
    await Console.Error.WriteLineAsync(error);
    await Console.Error.WriteLineAsync(BenchmarkOptions.Usage);
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
return await BenchmarkRunner.RunAsync(options, cancellation.Token);
