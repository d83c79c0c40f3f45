using System.Diagnostics;

namespace Gateway.Benchmarks.Harness;

/// <summary>
/// Brings the gateway's publish folder up to date with <c>dotnet publish</c>: the build that is
/// deployed (ReadyToRun, see src/Gateway/Gateway.csproj), and so the one whose cold start counts.
/// Publishing again without changes takes a few seconds.
/// </summary>
internal static class GatewayPublish
{
    public static async Task<TimeSpan> RunAsync(RepositoryLayout layout, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = layout.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "publish", layout.GatewayProject, "-c", layout.Configuration, "--nologo" })
        {
            info.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'dotnet publish {layout.GatewayProject}' exited with {process.ExitCode}:\n"
                + await output + await errors);
        }

        if (!File.Exists(layout.GatewayDll))
        {
            throw new InvalidOperationException($"'dotnet publish' left no {layout.GatewayDll}.");
        }

        return watch.Elapsed;
    }
}
