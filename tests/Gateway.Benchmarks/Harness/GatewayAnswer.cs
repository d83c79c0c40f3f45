using System.Text;
using System.Text.Json;
using Gateway.Benchmarks.Operations;

namespace Gateway.Benchmarks.Harness;

/// <summary>Reads the gateway's answers: whether an operation is served, and its statement count.</summary>
internal static class GatewayAnswer
{
    /// <summary>Null when the gateway answered the operation; otherwise why it cannot be benchmarked.</summary>
    public static string? Unavailable(BenchOperation operation, int status, byte[] body)
    {
        if (status == 404 && operation.Kind != OperationKind.Rest)
        {
            return $"no {operation.Request.PathAndQuery} endpoint in this build";
        }

        if (operation.Kind == OperationKind.Rest)
        {
            return status == 200 ? null : $"{operation.Request.PathAndQuery} answers {status} in this build";
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
            {
                var message = errors[0].TryGetProperty("message", out var m)
                    ? m.GetString() ?? ""
                    : errors[0].ToString();
                return "the gateway answers: " + (message.Length > 140 ? message[..140] + "..." : message);
            }

            return status == 200 ? null : $"status {status}";
        }
        catch (JsonException)
        {
            return $"status {status}, not JSON: {Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 80)))}";
        }
    }

    /// <summary>
    /// The SQL statement count from <c>extensions.diagnostics</c>: the numeric member whose name speaks of
    /// statements (<c>sqlStatements</c> on the graph branch); its name is kept in the report.
    /// </summary>
    public static int? Statements(byte[] body, BenchmarkReport report)
    {
        using var json = JsonDocument.Parse(body);
        if (!json.RootElement.TryGetProperty("extensions", out var extensions)
            || !extensions.TryGetProperty("diagnostics", out var diagnostics)
            || diagnostics.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var member in diagnostics.EnumerateObject())
        {
            if (member.Name.Contains("statement", StringComparison.OrdinalIgnoreCase)
                && member.Value.ValueKind == JsonValueKind.Number)
            {
                report.DiagnosticsField = "extensions.diagnostics." + member.Name;
                return member.Value.GetInt32();
            }
        }

        return null;
    }
}
