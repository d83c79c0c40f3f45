using System.Globalization;
using System.Text.Json;

namespace Gateway.Benchmarks.Harness;

/// <summary>Finds the first place where two JSON values differ, for a warning that says where.</summary>
internal static class JsonComparer
{
    /// <summary>Null when equal; otherwise the JSON path of the first difference and both values there.</summary>
    public static string? FirstDifference(JsonElement expected, JsonElement actual, string path = "$")
    {
        if (expected.ValueKind != actual.ValueKind)
        {
            return $"{path}: {Show(expected)} vs {Show(actual)}";
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var left = expected.EnumerateObject().Select(p => p.Name).ToList();
                var right = actual.EnumerateObject().Select(p => p.Name).ToList();
                if (!left.SequenceEqual(right, StringComparer.Ordinal))
                {
                    return $"{path}: fields [{string.Join(',', left)}] vs [{string.Join(',', right)}]";
                }

                foreach (var property in expected.EnumerateObject())
                {
                    var difference = FirstDifference(property.Value, actual.GetProperty(property.Name),
                        path + "." + property.Name);
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                return null;
            case JsonValueKind.Array:
                var count = expected.GetArrayLength();
                if (count != actual.GetArrayLength())
                {
                    return $"{path}: {count} items vs {actual.GetArrayLength()}";
                }

                for (var i = 0; i < count; i++)
                {
                    var difference = FirstDifference(expected[i], actual[i],
                        string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"));
                    if (difference is not null)
                    {
                        return difference;
                    }
                }

                return null;
            default:
                return JsonElement.DeepEquals(expected, actual) ? null : $"{path}: {Show(expected)} vs {Show(actual)}";
        }
    }

    private static string Show(JsonElement value)
    {
        var text = value.GetRawText();
        return text.Length > 80 ? text[..80] + "..." : text;
    }
}
