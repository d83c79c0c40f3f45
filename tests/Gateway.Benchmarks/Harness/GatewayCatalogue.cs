using System.Diagnostics;

namespace Gateway.Benchmarks.Harness;

/// <summary>The gateway's executable on one data folder: seed it, make a token, serve it.</summary>
internal sealed class GatewayCatalogue(RepositoryLayout layout, string dataDirectory)
{
    public const string FileName = "catalogue.db";

    public string DatabasePath => Path.Combine(dataDirectory, FileName);

    /// <summary>
    /// The build output folder, as the working directory: ASP.NET takes its content root (and so
    /// appsettings.json, with its log levels) from there, as in the container image. Started from the
    /// repository root instead, the gateway finds no appsettings.json and logs every request and SQL
    /// command at Information, which costs more than the work measured.
    /// </summary>
    private string ContentRoot => Path.GetDirectoryName(layout.GatewayDll)!;

    /// <summary>Runs the gateway's <c>seed</c> verb; returns how long it took.</summary>
    public async Task<TimeSpan> SeedAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var (exitCode, output, errors) = await RunVerbAsync(["seed"], cancellationToken);
        return exitCode == 0
            ? watch.Elapsed
            : throw new InvalidOperationException($"'Gateway seed' exited with {exitCode}:\n{output}{errors}");
    }

    /// <summary>
    /// Creates an editor token with the gateway's <c>tokens create</c> verb; null when the verb is not
    /// there yet. The verb prints the secret alone on a line of standard output.
    /// </summary>
    public async Task<string?> CreateTokenAsync(CancellationToken cancellationToken)
    {
        var (exitCode, output, _) = await RunVerbAsync(
            ["tokens", "create", "--name", "bench", "--role", "editor"], cancellationToken);
        // The verb may log (a migration) before it prints the secret, which has the "gwt_" prefix.
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return exitCode == 0
            ? lines.FirstOrDefault(l => l.StartsWith("gwt_", StringComparison.Ordinal) && !l.Contains(' '))
                ?? lines.LastOrDefault()
            : null;
    }

    /// <summary>Starts the server in Release on a free port, on this data folder.</summary>
    public ServerProcess StartServer(string log, bool diagnostics, IReadOnlyDictionary<string, string> extra)
    {
        var environment = Environment(diagnostics);
        foreach (var (key, value) in extra)
        {
            environment[key] = value;
        }

        return ServerProcess.Start(diagnostics ? "gateway (diagnostics)" : "gateway", "dotnet",
            [layout.GatewayDll, "--urls", "http://127.0.0.1:{port}"], environment, log, ContentRoot);
    }

    private Dictionary<string, string> Environment(bool diagnostics) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Catalogue__DataDirectory"] = dataDirectory,
        ["Gateway__Diagnostics"] = diagnostics ? "true" : "false",

        // 16 connections from one address would otherwise be throttled like one abusive client.
        ["Gateway__RateLimiting__Enabled"] = "false",
    };

    private async Task<(int ExitCode, string Output, string Errors)> RunVerbAsync(
        string[] verb, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = ContentRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(layout.GatewayDll);
        foreach (var argument in verb)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in Environment(diagnostics: false))
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output, await errors);
    }
}
