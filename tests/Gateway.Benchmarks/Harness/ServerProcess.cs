using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Gateway.Benchmarks.Harness;

/// <summary>
/// A server under test, started as its own process with its output in a log file, so that what it costs
/// (CPU, memory) is its own and not the harness's.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    // Linux's USER_HZ, the unit of /proc/PID/stat times: 100 on every mainstream architecture.
    private const int ClockTicksPerSecond = 100;

    private readonly Process process;
    private readonly StreamWriter log;
    private readonly Stopwatch sinceStart;

    private ServerProcess(string name, Process process, StreamWriter log, Stopwatch sinceStart, int port)
    {
        Name = name;
        this.process = process;
        this.log = log;
        this.sinceStart = sinceStart;
        Port = port;
    }

    public string Name { get; }

    public int Port { get; }

    public Uri BaseUri => new($"http://127.0.0.1:{Port}");

    public int ProcessId => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>Starts <c>dotnet</c> (or an app host) with the given arguments and environment.</summary>
    public static ServerProcess Start(
        string name, string fileName, IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string> environment, string logPath, string? workingDirectory = null)
    {
        var port = FreePort();
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory ?? "",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument.Replace("{port}", port.ToString(CultureInfo.InvariantCulture),
                StringComparison.Ordinal));
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => WriteLine(log, e.Data);
        process.ErrorDataReceived += (_, e) => WriteLine(log, e.Data);
        var sinceStart = Stopwatch.StartNew();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServerProcess(name, process, log, sinceStart, port);
    }

    /// <summary>
    /// Sends <paramref name="probe"/> until it answers with success, and returns the time from process
    /// start to that first answer.
    /// </summary>
    public async Task<TimeSpan> WaitUntilAnsweredAsync(
        HttpClient client, Func<HttpClient, Uri, CancellationToken, Task<bool>> probe,
        TimeSpan timeout, CancellationToken cancellationToken)
    {
        while (sinceStart.Elapsed < timeout)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                throw new InvalidOperationException(
                    $"The {Name} process exited with code {process.ExitCode} before answering; see its log.");
            }

            try
            {
                if (await probe(client, BaseUri, cancellationToken))
                {
                    return sinceStart.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(5), cancellationToken);
        }

        throw new TimeoutException($"The {Name} process did not answer within {timeout.TotalSeconds} s.");
    }

    /// <summary>Peak resident memory (VmHWM) of the process so far, in bytes; 0 where /proc is missing.</summary>
    public long PeakMemoryBytes() => ReadStatusKilobytes("VmHWM:") * 1024;

    /// <summary>
    /// CPU time (user + system) the process has used so far, from /proc/PID/stat; unlike throughput,
    /// CPU per request hardly depends on what else runs on the machine.
    /// </summary>
    public TimeSpan CpuTime()
    {
        var path = $"/proc/{process.Id}/stat";
        if (process.HasExited || !File.Exists(path))
        {
            return TimeSpan.Zero;
        }

        // Fields after the parenthesised command name: state is field 3, utime 14 and stime 15.
        var text = File.ReadAllText(path);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture)
            + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / (double)ClockTicksPerSecond);
    }

    /// <summary>Resident memory (VmRSS) now, in bytes.</summary>
    public long CurrentMemoryBytes() => ReadStatusKilobytes("VmRSS:") * 1024;

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        process.Dispose();
        await log.DisposeAsync();
    }

    private long ReadStatusKilobytes(string field)
    {
        var path = $"/proc/{process.Id}/status";
        if (process.HasExited || !File.Exists(path))
        {
            return 0;
        }

        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        var number = line?[field.Length..].Trim().Split(' ')[0];
        return long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb : 0;
    }

    private static void WriteLine(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
