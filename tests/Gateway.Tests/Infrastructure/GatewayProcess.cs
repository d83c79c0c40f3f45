using System.Diagnostics;

namespace Gateway.Tests.Infrastructure;

/// <summary>
/// The real executable (<c>dotnet Gateway.dll</c>) pointed at a test store through environment variables,
/// as an operator runs it: a verb that runs to its end, or the server.
/// </summary>
public static class GatewayProcess
{
    /// <summary>How to start the executable with <paramref name="arguments"/> over <paramref name="store"/>.</summary>
    public static ProcessStartInfo StartInfo(TestStore store, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in store.Configuration)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return start;
    }

    /// <summary>Runs a verb to its end: its exit code, standard output and standard error.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        TestStore store, params string[] arguments)
    {
        using var process = Process.Start(StartInfo(store, arguments))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
