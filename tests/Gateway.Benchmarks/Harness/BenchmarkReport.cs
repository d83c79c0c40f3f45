using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Gateway.Benchmarks.Operations;

namespace Gateway.Benchmarks.Harness;

/// <summary>The run's figures as a console table, budget lines (issue 9) and a Markdown section.</summary>
internal sealed class BenchmarkReport(BenchmarkOptions options, RepositoryLayout layout)
{
    public const string StartMarker = "<!-- benchmark-results:start -->";
    public const string EndMarker = "<!-- benchmark-results:end -->";

    private const double GraphQlBudget = 0.5;
    private const double RestBudget = 0.7;
    private const long MemoryBudgetBytes = 300L * 1024 * 1024;
    private static readonly TimeSpan ColdStartBudget = TimeSpan.FromSeconds(1.5);

    private readonly DateTime startedUtc = DateTime.UtcNow;
    private readonly string commit = layout.Commit();

    public List<OperationResult> Results { get; } = [];

    public CatalogueSample? Sample { get; set; }

    public string? Token { get; set; }

    public TimeSpan? SeedTime { get; set; }

    /// <summary>Each fresh start's time to its first answered query, in the order measured.</summary>
    public List<TimeSpan> ColdStarts { get; } = [];

    /// <summary>The median of <see cref="ColdStarts"/>: the figure held against the budget.</summary>
    public TimeSpan? ColdStart => Median(ColdStarts);

    public TimeSpan? ColdStartDiagnostics { get; set; }

    /// <summary>The floor's starts to its first answer: what the machine allows a minimal ASP.NET app.</summary>
    public List<TimeSpan> FloorColdStarts { get; } = [];

    public long GatewayPeakBytes { get; set; }

    public long FloorPeakBytes { get; set; }

    /// <summary>Where the statement counts were read, once seen.</summary>
    public string? DiagnosticsField { get; set; }

    public static string ProgressLine(OperationResult result) => string.Create(CultureInfo.InvariantCulture,
        $"  {result.Operation.Key}: gateway {result.Gateway?.RequestsPerSecond:F0} rps, "
        + $"floor {result.Floor?.RequestsPerSecond:F0} rps, ratio {result.Ratio:F2}, CPU ratio {result.CpuRatio:F2}");

    public void Print(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine(Context());
        output.WriteLine();
        var rows = TableRows();
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, c) => c == 0 || c == row.Length - 1
                ? cell.PadRight(widths[c])
                : cell.PadLeft(widths[c]))).TrimEnd());
        }

        output.WriteLine();
        foreach (var line in Details())
        {
            output.WriteLine(line);
        }

        output.WriteLine();
        output.WriteLine("Budget (issue 9):");
        foreach (var line in BudgetLines())
        {
            output.WriteLine("  " + line);
        }
    }

    /// <summary>The report of <c>--only cold-start</c>: each start, the medians and the budget line.</summary>
    public void PrintColdStart(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Cold start, {startedUtc:yyyy-MM-dd HH:mm} UTC, commit {commit}, "
            + $"{layout.Configuration} publish (ReadyToRun), {System.Environment.ProcessorCount} cores, "
            + $"{RuntimeInformation.FrameworkDescription}, "
            + $"{Sample?.Packages ?? 0} packages, load average {LoadAverage()}."));
        output.WriteLine(ColdStartLine());
        output.WriteLine(BudgetLines().Last());
    }

    public string Markdown()
    {
        var text = new StringBuilder();
        text.AppendLine(Context());
        text.AppendLine();
        var rows = TableRows();
        text.AppendLine("| " + string.Join(" | ", rows[0]) + " |");
        text.AppendLine("|" + string.Join("|", rows[0].Select((_, c) => c == 0 || c == rows[0].Length - 1
            ? "---"
            : "---:")) + "|");
        foreach (var row in rows.Skip(1))
        {
            text.AppendLine("| " + string.Join(" | ", row.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal)))
                + " |");
        }

        text.AppendLine();
        foreach (var line in Details())
        {
            text.AppendLine("- " + line);
        }

        text.AppendLine();
        text.AppendLine("Budget (issue 9):");
        text.AppendLine();
        foreach (var line in BudgetLines())
        {
            text.AppendLine("- `" + line[..4] + "` " + line[4..].Trim());
        }

        return text.ToString();
    }

    /// <summary>Replaces the results section of the benchmarks document (between its markers).</summary>
    public async Task UpdateDocumentAsync(string path, CancellationToken cancellationToken)
    {
        var document = File.Exists(path)
            ? await File.ReadAllTextAsync(path, cancellationToken)
            : $"# Benchmarks\n\n{StartMarker}\n{EndMarker}\n";
        var start = document.IndexOf(StartMarker, StringComparison.Ordinal);
        var end = document.IndexOf(EndMarker, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            document += $"\n{StartMarker}\n{EndMarker}\n";
            start = document.IndexOf(StartMarker, StringComparison.Ordinal);
            end = document.IndexOf(EndMarker, StringComparison.Ordinal);
        }

        var updated = document[..(start + StartMarker.Length)] + "\n" + Markdown() + document[end..];
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, updated, cancellationToken);
    }

    private string Context() => string.Create(CultureInfo.InvariantCulture,
        $"Run of {startedUtc:yyyy-MM-dd HH:mm} UTC, commit {commit}, {layout.Configuration} publish (ReadyToRun), "
        + $"{System.Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}; "
        + $"wrk, {options.Connections} connections, {options.Threads} threads, "
        + $"{options.Warmup.TotalSeconds:0.#} s warm-up + {options.Duration.TotalSeconds:0.#} s per server "
        + $"in {options.Rounds} alternating rounds; "
        + $"{Sample?.Packages ?? 0} packages in the catalogue.");

    private List<string[]> TableRows()
    {
        var rows = new List<string[]>
        {
            new[]
            {
                "operation", "gateway rps", "p50 ms", "p99 ms", "floor rps", "p50 ms", "p99 ms", "ratio",
                "CPU ms/req (floor)", "CPU ratio", "SQL/req (floor)", "peak MB", "notes",
            },
        };
        foreach (var result in Results)
        {
            if (result.Gateway is null || result.Floor is null)
            {
                rows.Add([result.Operation.Key, "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-",
                    "not available: " + result.Unavailable]);
                continue;
            }

            var notes = new List<string>(result.Notes);
            if (result.Mismatch is not null)
            {
                notes.Insert(0, "WARNING: answers differ at " + result.Mismatch);
            }

            if (result.Gateway.Non2xx + result.Gateway.SocketErrors > 0)
            {
                notes.Add($"gateway: {result.Gateway.Non2xx} non-2xx, {result.Gateway.SocketErrors} socket errors");
            }

            if (result.Floor.Non2xx + result.Floor.SocketErrors > 0)
            {
                notes.Add($"floor: {result.Floor.Non2xx} non-2xx, {result.Floor.SocketErrors} socket errors");
            }

            notes.AddRange(result.Gateway.Counters.Select(c => $"{c.Key} {c.Value}"));
            rows.Add(
            [
                result.Operation.Key,
                Number(result.Gateway.RequestsPerSecond, "F0"),
                Number(result.Gateway.P50.TotalMilliseconds, "F2"),
                Number(result.Gateway.P99.TotalMilliseconds, "F2"),
                Number(result.Floor.RequestsPerSecond, "F0"),
                Number(result.Floor.P50.TotalMilliseconds, "F2"),
                Number(result.Floor.P99.TotalMilliseconds, "F2"),
                Number(result.Ratio ?? 0, "F2"),
                $"{Number(result.Gateway.CpuMillisecondsPerRequest, "F2")} "
                    + $"({Number(result.Floor.CpuMillisecondsPerRequest, "F2")})",
                Number(result.CpuRatio ?? 0, "F2"),
                $"{result.Statements?.ToString(CultureInfo.InvariantCulture) ?? "?"} "
                    + $"({result.FloorStatements?.ToString("0.#", CultureInfo.InvariantCulture) ?? "?"})",
                Number(result.GatewayPeakBytes / 1048576.0, "F0"),
                string.Join("; ", notes),
            ]);
        }

        return rows;
    }

    private IEnumerable<string> Details()
    {
        yield return "Operations: "
            + string.Join("; ", Results.Select(r => $"{r.Operation.Key} = {r.Operation.Description}"));
        if (SeedTime is not null)
        {
            yield return $"Seed of the demo catalogue: {Seconds(SeedTime.Value)}.";
        }

        yield return ColdStartLine()[..^1] + $"; diagnostics-on start: {Seconds(ColdStartDiagnostics)}.";
        yield return $"Peak memory (VmHWM) over the timed run: gateway {Megabytes(GatewayPeakBytes)}, "
            + $"floor {Megabytes(FloorPeakBytes)}.";
        yield return $"Statements per request from {DiagnosticsField ?? "(no diagnostics extension seen)"} "
            + $"(GraphQL) and the {HttpProbe.StatementsHeader} header (REST), read in a separate gateway process "
            + "with Gateway:Diagnostics on; the timed run has it off.";
        yield return "The machine is shared (other builds may run at the same time): absolute numbers are noisy; "
            + "the ratio, measured side by side in one run, is the figure to compare. CPU ms/req is each server "
            + "process's CPU time (/proc/PID/stat) over the requests it answered, and the CPU ratio is "
            + "floor CPU/req over gateway CPU/req: it moves far less with the machine's load than throughput.";
    }

    private IEnumerable<string> BudgetLines()
    {
        foreach (var result in Results)
        {
            var budget = result.Operation.Kind switch
            {
                OperationKind.GraphQlRead => GraphQlBudget,
                OperationKind.Rest => RestBudget,
                _ => (double?)null,
            };
            if (budget is null)
            {
                continue;
            }

            if (result.Ratio is not { } ratio)
            {
                yield return $"n/a   {result.Operation.Key}: not available: {result.Unavailable}";
                continue;
            }

            var verdict = ratio >= budget ? "PASS" : "MISS";
            var warning = result.Mismatch is null ? "" : " (answers differ: see the table)";
            yield return string.Create(CultureInfo.InvariantCulture,
                $"{verdict}  {result.Operation.Key}: {ratio:F2} of the floor's throughput "
                + $"(budget >= {budget:F2}; CPU ratio {result.CpuRatio:F2}){warning}");
        }

        foreach (var result in Results.Where(r => r.StatementsByPageSize.Count > 1))
        {
            var counts = result.StatementsByPageSize;
            var same = counts.Values.Distinct().Count() == 1;
            yield return $"{(same ? "PASS" : "MISS")}  {result.Operation.Key}: statements "
                + string.Join(", ", counts.Select(c => $"{c.Value} at page size {c.Key}"))
                + (same ? ": independent of page size" : ": depend on page size");
        }

        if (Results.Any(r => r.Gateway is not null))
        {
            yield return $"{(GatewayPeakBytes < MemoryBudgetBytes ? "PASS" : "MISS")}  peak memory under load "
                + $"{Megabytes(GatewayPeakBytes)} (budget < 300 MB)";
        }

        if (ColdStart is { } coldStart)
        {
            yield return $"{(coldStart < ColdStartBudget ? "PASS" : "MISS")}  cold start {Seconds(coldStart)} "
                + "(budget < 1.5 s)";
        }
    }

    private string ColdStartLine() =>
        "Cold start (process start to first answered query, existing database, publish output): median "
        + $"{Seconds(ColdStart)} of {ColdStarts.Count} starts ({string.Join(", ", ColdStarts.Select(Milliseconds))}); "
        + $"the floor, a minimal ASP.NET app, on the same machine: median {Seconds(Median(FloorColdStarts))} "
        + $"({string.Join(", ", FloorColdStarts.Select(Milliseconds))}).";

    private static TimeSpan? Median(List<TimeSpan> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg")
        ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))
        : "?";

    private static string Milliseconds(TimeSpan value) =>
        value.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture) + " ms";

    private static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan? value) =>
        value is null ? "?" : value.Value.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture) + " s";

    private static string Megabytes(long bytes) =>
        (bytes / 1048576.0).ToString("F0", CultureInfo.InvariantCulture) + " MB";
}
