using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Gateway.Benchmarks.Operations;

namespace Gateway.Benchmarks.Harness;

/// <summary>
/// The benchmark run: prepare a copy of the demo catalogue, probe the gateway's statement counts with
/// diagnostics on, then measure the gateway and the floor side by side with wrk, and report.
/// </summary>
internal static class BenchmarkRunner
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        if (!Wrk.IsInstalled && !options.ColdStartOnly)
        {
            await Console.Error.WriteLineAsync($"{Wrk.Executable} is missing: apt-get install wrk");
            return 2;
        }

        var layout = RepositoryLayout.Locate();
        if (options.Publish)
        {
            Console.WriteLine($"Publishing the gateway (dotnet publish -c {layout.Configuration}) ...");
            var publishTime = await GatewayPublish.RunAsync(layout, cancellationToken);
            Console.WriteLine($"Published {layout.GatewayDll} in {publishTime.TotalSeconds:F1} s");
        }
        else if (!File.Exists(layout.GatewayDll))
        {
            await Console.Error.WriteLineAsync($"{layout.GatewayDll} is missing: run without --no-publish, or "
                + $"'dotnet publish src/Gateway -c {layout.Configuration}'.");
            return 2;
        }

        var work = Directory.CreateTempSubdirectory("gateway-bench-").FullName;
        Console.WriteLine($"Working folder: {work}");
        try
        {
            if (options.ColdStartOnly)
            {
                var coldStarts = await ColdStartsInAsync(options, layout, work, cancellationToken);
                coldStarts.PrintColdStart(Console.Out);
                return 0;
            }

            var report = await RunInAsync(options, layout, work, cancellationToken);
            report.Print(Console.Out);
            var markdown = Path.Combine(work, "benchmarks.md");
            await File.WriteAllTextAsync(markdown, report.Markdown(), cancellationToken);
            if (options.UpdateDocs)
            {
                await report.UpdateDocumentAsync(layout.BenchmarksDocument, cancellationToken);
                Console.WriteLine($"Updated {layout.BenchmarksDocument}");
            }

            return 0;
        }
        finally
        {
            if (!options.Keep)
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private static async Task<BenchmarkReport> RunInAsync(
        BenchmarkOptions options, RepositoryLayout layout, string work, CancellationToken cancellationToken)
    {
        var report = new BenchmarkReport(options, layout);
        var (catalogue, floorData) = await PrepareCataloguesAsync(options, layout, work, report, withToken: true,
            cancellationToken);
        var floorDatabase = Path.Combine(floorData, GatewayCatalogue.FileName);
        var sample = CatalogueSample.Read(floorDatabase);
        report.Sample = sample;
        var results = OperationCatalog.Build(sample, report.Token, options.Threads)
            .Where(o => options.Selects(o.Key))
            .Select(o => new OperationResult(o))
            .ToList();
        report.Results.AddRange(results);

        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };
        var probe = ColdStartProbe(results);
        var coldStart = new ColdStartMeasurement(catalogue, work, options.GatewayEnvironment);

        // 1. Statement counts, with diagnostics on: a separate process, so the timed run pays nothing for them.
        await using (var diagnostic = catalogue.StartServer(Path.Combine(work, "gateway-diagnostics.log"),
            diagnostics: true, options.GatewayEnvironment))
        {
            report.ColdStartDiagnostics = await diagnostic.WaitUntilAnsweredAsync(client, probe, StartTimeout,
                cancellationToken);
            foreach (var result in results.Where(r => r.Unavailable is null))
            {
                await ProbeStatementsAsync(client, diagnostic, result, report, cancellationToken);
            }
        }

        // 2. Cold start: fresh gateway processes on the now existing database, one after the other.
        for (var i = 0; i < options.ColdStarts; i++)
        {
            report.ColdStarts.Add(await coldStart.GatewayAsync(client, probe, cancellationToken));
        }

        Console.WriteLine($"Cold start: median {report.ColdStart!.Value.TotalMilliseconds:F0} ms of "
            + $"{report.ColdStarts.Count}");

        // 3. The floor, in its own process, on its own copy of the catalogue.
        await using var floor = StartFloor(layout, floorData, Path.Combine(work, "floor.log"));
        report.FloorColdStarts.Add(await floor.WaitUntilAnsweredAsync(client, FloorProbe, StartTimeout,
            cancellationToken));

        // 4. The timed run: a fresh gateway process with diagnostics off.
        await using var gateway = catalogue.StartServer(Path.Combine(work, "gateway.log"),
            diagnostics: false, options.GatewayEnvironment);
        await gateway.WaitUntilAnsweredAsync(client, probe, StartTimeout, cancellationToken);
        foreach (var result in results.Where(r => r.Unavailable is null))
        {
            var servers = new SideBySide(gateway, catalogue.DatabasePath, floor, floorDatabase);
            await CompareAsync(client, servers, result, cancellationToken);
            await MeasureSideBySideAsync(servers, result, options, Path.Combine(work, result.Operation.Key),
                cancellationToken);
            Console.WriteLine(BenchmarkReport.ProgressLine(result));
        }

        report.GatewayPeakBytes = gateway.PeakMemoryBytes();
        report.FloorPeakBytes = floor.PeakMemoryBytes();
        return report;
    }

    /// <summary>
    /// <c>--only cold-start</c>: the gateway's cold start several times, each followed by the floor's
    /// (what the machine allows a minimal ASP.NET app at that moment), on one existing catalogue.
    /// </summary>
    private static async Task<BenchmarkReport> ColdStartsInAsync(
        BenchmarkOptions options, RepositoryLayout layout, string work, CancellationToken cancellationToken)
    {
        var report = new BenchmarkReport(options, layout);
        var (catalogue, floorData) = await PrepareCataloguesAsync(options, layout, work, report, withToken: false,
            cancellationToken);
        report.Sample = CatalogueSample.Read(catalogue.DatabasePath);
        var results = OperationCatalog.Build(report.Sample, token: null, options.Threads)
            .Select(o => new OperationResult(o))
            .ToList();
        var probe = ColdStartProbe(results);
        var coldStart = new ColdStartMeasurement(catalogue, work, options.GatewayEnvironment);
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };

        // The first start may still create the SQLite file's write-ahead log: not counted.
        await coldStart.GatewayAsync(client, probe, cancellationToken);
        for (var i = 1; i <= options.ColdStarts; i++)
        {
            var gateway = await coldStart.GatewayAsync(client, probe, cancellationToken);
            report.ColdStarts.Add(gateway);
            await using (var floor = StartFloor(layout, floorData, Path.Combine(work, $"floor-{i}.log")))
            {
                report.FloorColdStarts.Add(await floor.WaitUntilAnsweredAsync(client, FloorProbe, StartTimeout,
                    cancellationToken));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  start {i}: gateway {gateway.TotalMilliseconds:F0} ms, "
                + $"floor {report.FloorColdStarts[^1].TotalMilliseconds:F0} ms"));
        }

        return report;
    }

    /// <summary>
    /// The gateway's catalogue (seeded, or copied from <c>--data</c>), with an editor token when asked,
    /// and the floor's copy of it in a folder of its own; returns the gateway's and the floor's folder.
    /// </summary>
    private static async Task<(GatewayCatalogue Catalogue, string FloorData)> PrepareCataloguesAsync(
        BenchmarkOptions options, RepositoryLayout layout, string work, BenchmarkReport report, bool withToken,
        CancellationToken cancellationToken)
    {
        var gatewayData = Directory.CreateDirectory(Path.Combine(work, "gateway")).FullName;
        var floorData = Directory.CreateDirectory(Path.Combine(work, "floor")).FullName;
        var catalogue = new GatewayCatalogue(layout, gatewayData);
        if (options.DataDirectory is null)
        {
            report.SeedTime = await catalogue.SeedAsync(cancellationToken);
            Console.WriteLine($"Seeded the demo catalogue in {report.SeedTime.Value.TotalSeconds:F1} s");
        }
        else
        {
            File.Copy(Path.Combine(options.DataDirectory, GatewayCatalogue.FileName), catalogue.DatabasePath);
        }

        if (withToken)
        {
            report.Token = await catalogue.CreateTokenAsync(cancellationToken);
        }

        File.Copy(catalogue.DatabasePath, Path.Combine(floorData, GatewayCatalogue.FileName));
        return (catalogue, floorData);
    }

    private static async Task<bool> FloorProbe(HttpClient client, Uri uri, CancellationToken cancellationToken) =>
        (await client.GetAsync(new Uri(uri, "/stats"), cancellationToken)).IsSuccessStatusCode;

    /// <summary>
    /// The first answered query: the first benchmarked GraphQL operation that can run, else a bare
    /// <c>{ __typename }</c>. Any HTTP answer counts while the build has no <c>/graphql</c> yet.
    /// </summary>
    private static Func<HttpClient, Uri, CancellationToken, Task<bool>> ColdStartProbe(List<OperationResult> results)
    {
        var request = results
            .Where(r => r.Unavailable is null && r.Operation.Kind == OperationKind.GraphQlRead)
            .Select(r => r.Operation.Request)
            .FirstOrDefault()
            ?? new WrkRequest("POST", "/graphql", "{\"query\":\"{ __typename }\"}", OperationCatalog.JsonHeaders());
        return async (client, uri, ct) =>
        {
            var (status, _) = await HttpProbe.SendAsync(client, uri, request, ct);
            return status is >= 200 and < 500;
        };
    }

    private static async Task ProbeStatementsAsync(
        HttpClient client, ServerProcess gateway, OperationResult result, BenchmarkReport report,
        CancellationToken cancellationToken)
    {
        var operation = result.Operation;
        var (status, body, header) = await HttpProbe.SendWithStatementsAsync(
            client, gateway.BaseUri, operation.Request, cancellationToken);
        result.Unavailable = GatewayAnswer.Unavailable(operation, status, body);
        if (result.Unavailable is not null)
        {
            return;
        }

        // Note: GraphQL answers carry the count in extensions.diagnostics, REST answers (whose bodies
        // must stay the site's) in a header.
        result.Statements = GatewayAnswer.Statements(body, report) ?? header;
        foreach (var size in operation.ProbePageSizes ?? [])
        {
            var (_, sized) = await HttpProbe.SendAsync(client, gateway.BaseUri, operation.WithPageSize(size),
                cancellationToken);
            if (GatewayAnswer.Statements(sized, report) is { } count)
            {
                result.StatementsByPageSize[size] = count;
            }
        }
    }

    /// <summary>Sends the request to both servers once and records whether they answer the same.</summary>
    private static async Task CompareAsync(
        HttpClient client, SideBySide servers, OperationResult result, CancellationToken cancellationToken)
    {
        var (gateway, _, floor, _) = servers;
        var request = result.Operation.RequestFor(servers.GatewayDatabase);
        var (gatewayStatus, gatewayBody) =
            await HttpProbe.SendAsync(client, gateway.BaseUri, request, cancellationToken);
        var before = await FloorStatisticsAsync(client, floor, cancellationToken);
        var (floorStatus, floorBody) = await HttpProbe.SendAsync(client, floor.BaseUri, request, cancellationToken);
        var after = await FloorStatisticsAsync(client, floor, cancellationToken);
        result.FloorStatements = after.Requests > before.Requests
            ? (double)(after.Statements - before.Statements) / (after.Requests - before.Requests)
            : null;
        if (gatewayStatus != floorStatus)
        {
            result.Mismatch = $"status {gatewayStatus} vs floor {floorStatus}";
            return;
        }

        if (gatewayBody.AsSpan().SequenceEqual(floorBody))
        {
            return;
        }

        using var gatewayJson = JsonDocument.Parse(gatewayBody);
        using var floorJson = JsonDocument.Parse(floorBody);
        var (gatewayValue, floorValue) = result.Operation.Kind == OperationKind.Rest
            ? (gatewayJson.RootElement, floorJson.RootElement)
            : (gatewayJson.RootElement.GetProperty("data"), floorJson.RootElement.GetProperty("data"));
        result.Mismatch = JsonComparer.FirstDifference(gatewayValue, floorValue);
        if (result.Mismatch is null)
        {
            result.Notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"same JSON, other bytes ({gatewayBody.Length} vs {floorBody.Length})"));
        }
    }

    private static async Task<(long Requests, long Statements)> FloorStatisticsAsync(
        HttpClient client, ServerProcess floor, CancellationToken cancellationToken)
    {
        using var stats = JsonDocument.Parse(
            await client.GetByteArrayAsync(new Uri(floor.BaseUri, "/stats"), cancellationToken));
        return (stats.RootElement.GetProperty("requests").GetInt64(),
            stats.RootElement.GetProperty("statements").GetInt64());
    }

    /// <summary>
    /// Warms both servers up, then alternates timed rounds (gateway, floor, gateway, floor, ...), so that
    /// load from elsewhere on a shared machine falls on both sides alike.
    /// </summary>
    private static async Task MeasureSideBySideAsync(
        SideBySide servers, OperationResult result, BenchmarkOptions options, string scriptPrefix,
        CancellationToken cancellationToken)
    {
        var (gateway, gatewayDatabase, floor, floorDatabase) = servers;
        var operation = result.Operation;
        var round = options.Duration / options.Rounds;
        await WarmUpAsync(gateway, () => operation.RequestFor(gatewayDatabase), options,
            scriptPrefix + ".gateway.warmup.lua", cancellationToken);
        await WarmUpAsync(floor, () => operation.RequestFor(floorDatabase), options,
            scriptPrefix + ".floor.warmup.lua", cancellationToken);
        var gatewayRounds = new List<WrkResult>();
        var floorRounds = new List<WrkResult>();
        for (var i = 1; i <= options.Rounds; i++)
        {
            gatewayRounds.Add(await TimedAsync(gateway, operation.RequestFor(gatewayDatabase), round, options,
                $"{scriptPrefix}.gateway.{i}.lua", cancellationToken));
            floorRounds.Add(await TimedAsync(floor, operation.RequestFor(floorDatabase), round, options,
                $"{scriptPrefix}.floor.{i}.lua", cancellationToken));
        }

        result.Gateway = WrkResult.Combine(gatewayRounds);
        result.Floor = WrkResult.Combine(floorRounds);
        result.GatewayPeakBytes = gateway.PeakMemoryBytes();
    }

    /// <summary>
    /// Warms a server up for the warm-up time, and again until it has answered the warm-up number of
    /// requests: a fresh .NET process runs its first calls unoptimised and recompiles hot methods only
    /// after some thirty calls each, which on a busy machine takes far longer than a fixed few seconds.
    /// </summary>
    private static async Task WarmUpAsync(
        ServerProcess server, Func<WrkRequest> request, BenchmarkOptions options, string script,
        CancellationToken cancellationToken)
    {
        var limit = TimeSpan.FromSeconds(60);
        var watch = Stopwatch.StartNew();
        long answered = 0;
        while (answered < options.WarmupRequests && watch.Elapsed < limit)
        {
            var result = await Wrk.RunAsync(server.BaseUri, request(), options.Warmup, options.Connections,
                options.Threads, script, cancellationToken);
            answered += result.Requests;
        }
    }

    private static async Task<WrkResult> TimedAsync(
        ServerProcess server, WrkRequest request, TimeSpan duration, BenchmarkOptions options, string script,
        CancellationToken cancellationToken)
    {
        var cpuBefore = server.CpuTime();
        var result = await Wrk.RunAsync(server.BaseUri, request, duration, options.Connections, options.Threads,
            script, cancellationToken);
        return result with { ServerCpu = server.CpuTime() - cpuBefore };
    }

    private static ServerProcess StartFloor(RepositoryLayout layout, string floorData, string log)
    {
        var (fileName, prefix) = SelfCommand();
        return ServerProcess.Start("floor", fileName,
            [.. prefix, "floor", "--database", Path.Combine(floorData, GatewayCatalogue.FileName),
                "--urls", "http://127.0.0.1:{port}"],
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" }, log);
    }

    /// <summary>How to start this very program again: its app host, or <c>dotnet</c> with its dll.</summary>
    private static (string FileName, string[] Prefix) SelfCommand()
    {
        var path = Environment.ProcessPath ?? throw new InvalidOperationException("No process path.");
        var dll = typeof(BenchmarkRunner).Assembly.Location;
        return Path.GetFileNameWithoutExtension(path) == "dotnet" ? (path, [dll]) : (path, []);
    }
}
