using System.Globalization;

namespace Gateway.Soak;

/// <summary>What to soak and for how long.</summary>
internal sealed record SoakOptions(Uri Url, string Token, TimeSpan Duration, int Clients, int? ServerProcessId)
{
    public const string Usage =
        "usage: Gateway.Soak --url http://127.0.0.1:PORT --token SECRET [--seconds 180] [--clients 32] [--server-pid PID]";

    public static SoakOptions? Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        if (!values.TryGetValue("--url", out var url) || !values.TryGetValue("--token", out var token))
        {
            return null;
        }

        var uri = new Uri(url);
        if (!uri.IsLoopback)
        {
            // Load is only ever sent to this machine.
            return null;
        }

        var seconds = Math.Clamp(Int(values, "--seconds") ?? 180, 1, 900);
        return new SoakOptions(uri, token, TimeSpan.FromSeconds(seconds), Math.Clamp(Int(values, "--clients") ?? 32, 1, 256),
            Int(values, "--server-pid"));
    }

    private static int? Int(Dictionary<string, string> values, string key) =>
        values.TryGetValue(key, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : null;
}
