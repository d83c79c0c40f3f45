using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Gateway.Benchmarks.Harness;

/// <summary>
/// Runs Debian's <c>wrk</c> with a generated Lua script. The script's <c>done</c> hook prints the
/// figures as one machine-readable line (exact percentiles in microseconds), which is what is parsed;
/// wrk's own <c>--latency</c> table stays in the saved output for people.
/// </summary>
internal static class Wrk
{
    public const string Executable = "/usr/bin/wrk";

    private const string ResultMarker = "BENCH-RESULT ";
    private const string CounterMarker = "BENCH-COUNTER ";

    public static bool IsInstalled => File.Exists(Executable);

    public static async Task<WrkResult> RunAsync(
        Uri baseUri, WrkRequest request, TimeSpan duration, int connections, int threads,
        string scriptPath, CancellationToken cancellationToken)
    {
        await File.WriteAllTextAsync(scriptPath, Script(request), cancellationToken);
        var seconds = Math.Max(1, (int)Math.Ceiling(duration.TotalSeconds));
        var info = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            $"-t{threads}", $"-c{connections}", $"-d{seconds}s", "--timeout", "10s", "--latency",
            "-s", scriptPath, new Uri(baseUri, request.PathAndQuery).ToString(),
        })
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)
            ?? throw new InvalidOperationException($"Could not start {Executable}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        var text = await output;
        await File.WriteAllTextAsync(scriptPath + ".out", text + await errors, cancellationToken);
        return process.ExitCode == 0
            ? Parse(text)
            : throw new InvalidOperationException($"wrk exited with {process.ExitCode}: {await errors}");
    }

    /// <summary>Reads the figures that the generated <c>done</c> hook printed.</summary>
    public static WrkResult Parse(string output)
    {
        var lines = output.Split('\n');
        var result = lines.FirstOrDefault(l => l.StartsWith(ResultMarker, StringComparison.Ordinal))
            ?? throw new FormatException($"wrk printed no '{ResultMarker.Trim()}' line:\n{output}");
        var values = Pairs(result[ResultMarker.Length..]).ToDictionary();
        var counters = lines
            .Where(l => l.StartsWith(CounterMarker, StringComparison.Ordinal))
            .SelectMany(l => Pairs(l[CounterMarker.Length..]))
            .ToDictionary();
        return new WrkResult(
            values["requests"],
            TimeSpan.FromMicroseconds(values["duration_us"]),
            TimeSpan.FromMicroseconds(values["p50_us"]),
            TimeSpan.FromMicroseconds(values["p99_us"]),
            values["connect"] + values["read"] + values["write"] + values["timeout"],
            values["status"],
            counters);
    }

    /// <summary>The Lua script: the request, optional hooks, and a <c>done</c> that prints the figures.</summary>
    public static string Script(WrkRequest request)
    {
        var script = new StringBuilder();
        script.AppendLine(CultureInfo.InvariantCulture, $"wrk.method = {LuaString(request.Method)}");
        if (request.Body is not null)
        {
            script.AppendLine(CultureInfo.InvariantCulture, $"wrk.body = {LuaString(request.Body)}");
        }

        foreach (var (name, value) in request.Headers)
        {
            script.AppendLine(CultureInfo.InvariantCulture, $"wrk.headers[ {LuaString(name)} ] = {LuaString(value)}");
        }

        var counters = request.Counters ?? [];
        script.AppendLine("local threads = {}");
        script.AppendLine("local thread_count = 0");
        script.AppendLine("function setup(thread)");
        script.AppendLine("  thread_count = thread_count + 1");
        script.AppendLine("  thread:set(\"thread_index\", thread_count)");
        script.AppendLine("  table.insert(threads, thread)");
        script.AppendLine("end");
        if (request.LuaHooks is not null)
        {
            script.AppendLine(request.LuaHooks);
        }

        script.AppendLine("function done(summary, latency, requests)");
        script.AppendLine("  local e = summary.errors");
        script.AppendLine("  io.write(string.format(\"" + ResultMarker
            + "requests=%.0f duration_us=%.0f connect=%.0f read=%.0f write=%.0f status=%.0f timeout=%.0f "
            + "p50_us=%.0f p99_us=%.0f\\n\", summary.requests, summary.duration, e.connect, e.read, e.write, "
            + "e.status, e.timeout, latency:percentile(50), latency:percentile(99)))");
        foreach (var counter in counters)
        {
            script.AppendLine("  do");
            script.AppendLine("    local total = 0");
            script.AppendLine(CultureInfo.InvariantCulture,
                $"    for _, t in ipairs(threads) do total = total + (t:get({LuaString(counter)}) or 0) end");
            script.AppendLine(CultureInfo.InvariantCulture,
                $"    io.write(string.format(\"{CounterMarker}{counter}=%.0f\\n\", total))");
            script.AppendLine("  end");
        }

        script.AppendLine("end");
        return script.ToString();
    }

    /// <summary>A Lua long-bracket string literal that holds <paramref name="text"/> verbatim.</summary>
    public static string LuaString(string text)
    {
        var level = new string('=', 1);
        while (text.Contains($"]{level}]", StringComparison.Ordinal))
        {
            level += "=";
        }

        // Note: Lua drops a newline that directly follows the opening bracket, so one is always added.
        return $"[{level}[\n{text}]{level}]";
    }

    private static IEnumerable<KeyValuePair<string, long>> Pairs(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(pair => KeyValuePair.Create(
                pair[0], long.Parse(pair[1], NumberStyles.Integer, CultureInfo.InvariantCulture)));
}
