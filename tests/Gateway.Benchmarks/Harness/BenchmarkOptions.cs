using System.Globalization;

namespace Gateway.Benchmarks.Harness;

/// <summary>The harness's command line.</summary>
internal sealed class BenchmarkOptions
{
    public const string Usage = """
        Usage: dotnet run -c Release --project tests/Gateway.Benchmarks -- [options]
          --duration 10s      timed run per operation and server (s, ms or m; default 10s)
          --rounds 2          split the timed run into rounds, alternating gateway and floor (default 2)
          --warmup 10s        warm-up per operation and server before the timed run (default 10s),
                              repeated until --warmup-requests requests were answered (default 500, 60 s at most)
          --connections 16    concurrent connections (default 16)
          --threads 2         wrk threads (default 2: this machine's cores)
          --only a,b          run only the operations whose key contains one of these words;
                              --only cold-start measures the cold start alone (no wrk, no floor load)
          --cold-starts 5     fresh gateway starts whose median is the cold start (default 5)
          --no-publish        run the gateway's existing publish folder instead of publishing first
          --data DIR          copy catalogue.db from DIR instead of seeding a fresh demo catalogue
          --update-docs       write the result table into docs/benchmarks.md
          --keep              keep the temporary folder (databases, logs, wrk scripts)
          --gateway-env K=V   extra environment for the gateway process (repeatable)
        """;

    private const string ColdStartWord = "cold-start";

    public TimeSpan Duration { get; private set; } = TimeSpan.FromSeconds(10);

    // Note: 10 s, not 3: under full load on 2 cores the gateway's hot methods reach the JIT's optimised tier
    // only after 5 to 15 s; a shorter warm-up measured the first operation partly in unoptimised code
    // (1-package at 0.25 of the floor after 3 s, 0.39 after 10 s, same build). The cold start is measured
    // on its own.
    public TimeSpan Warmup { get; private set; } = TimeSpan.FromSeconds(10);

    public int WarmupRequests { get; private set; } = 500;

    public int Rounds { get; private set; } = 2;

    public int Connections { get; private set; } = 16;

    public int Threads { get; private set; } = 2;

    public IReadOnlyList<string> Only { get; private set; } = [];

    /// <summary>
    /// <c>--only cold-start</c>: start the gateway (and the floor, for reference) several times on an
    /// existing catalogue and report the cold start, without the throughput run.
    /// </summary>
    public bool ColdStartOnly => Only.Any(word => word.Equals(ColdStartWord, StringComparison.OrdinalIgnoreCase));

    public int ColdStarts { get; private set; } = 5;

    public bool Publish { get; private set; } = true;

    public string? DataDirectory { get; private set; }

    public bool UpdateDocs { get; private set; }

    public bool Keep { get; private set; }

    public Dictionary<string, string> GatewayEnvironment { get; } = [];

    public bool Selects(string operationKey) =>
        Only.Count == 0 || Only.Any(word => operationKey.Contains(word, StringComparison.OrdinalIgnoreCase));

    public static bool TryParse(string[] args, out BenchmarkOptions options, out string error)
    {
        options = new BenchmarkOptions();
        error = "";
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new FormatException($"{name} needs a value.");
            try
            {
                switch (name)
                {
                    case "--duration":
                        options.Duration = ParseDuration(Value());
                        break;
                    case "--warmup":
                        options.Warmup = ParseDuration(Value());
                        break;
                    case "--warmup-requests":
                        options.WarmupRequests = ParsePositive(name, Value());
                        break;
                    case "--rounds":
                        options.Rounds = ParsePositive(name, Value());
                        break;
                    case "--connections":
                        options.Connections = ParsePositive(name, Value());
                        break;
                    case "--threads":
                        options.Threads = ParsePositive(name, Value());
                        break;
                    case "--only":
                        options.Only = Value().Split(',', StringSplitOptions.RemoveEmptyEntries);
                        break;
                    case "--cold-starts":
                        options.ColdStarts = ParsePositive(name, Value());
                        break;
                    case "--no-publish":
                        options.Publish = false;
                        break;
                    case "--data":
                        options.DataDirectory = Value();
                        break;
                    case "--update-docs":
                        options.UpdateDocs = true;
                        break;
                    case "--keep":
                        options.Keep = true;
                        break;
                    case "--gateway-env":
                        var pair = Value().Split('=', 2);
                        if (pair.Length != 2)
                        {
                            throw new FormatException($"--gateway-env takes KEY=VALUE, not '{pair[0]}'.");
                        }

                        options.GatewayEnvironment[pair[0]] = pair[1];
                        break;
                    default:
                        throw new FormatException($"Unknown option '{name}'.");
                }
            }
            catch (FormatException e)
            {
                error = e.Message;
                return false;
            }
        }

        if (options.ColdStartOnly && (options.Only.Count > 1 || options.UpdateDocs))
        {
            error = "--only cold-start runs alone: drop the other --only words and --update-docs.";
            return false;
        }

        if (options.Threads > options.Connections)
        {
            error = $"--threads {options.Threads} exceeds --connections {options.Connections}.";
            return false;
        }

        return true;
    }

    private static int ParsePositive(string name, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new FormatException($"{name} must be a positive whole number, not '{text}'.");

    private static TimeSpan ParseDuration(string text)
    {
        var (number, unit) = text switch
        {
            _ when text.EndsWith("ms", StringComparison.Ordinal) => (text[..^2], 0.001),
            _ when text.EndsWith('s') => (text[..^1], 1.0),
            _ when text.EndsWith('m') => (text[..^1], 60.0),
            _ => (text, 1.0),
        };
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            throw new FormatException($"'{text}' is not a duration such as 10s, 500ms or 1m.");
        }

        return TimeSpan.FromSeconds(value * unit);
    }
}
