namespace Gateway.Rest;

/// <summary>
/// One media type of an <c>Accept</c> header as DRF reads it (Django's <c>parse_header_parameters</c>): the
/// type lower-cased, parameters by lower-cased name, quoted values unquoted.
/// </summary>
internal sealed class MediaType
{
    private readonly string original;
    private readonly string mainType;
    private readonly string subType;
    private readonly Dictionary<string, string> parameters;

    public MediaType(string text)
    {
        original = text;
        (var fullType, parameters) = ParseHeader(text);
        var slash = fullType.IndexOf('/', StringComparison.Ordinal);
        mainType = slash < 0 ? fullType : fullType[..slash];
        subType = slash < 0 ? "" : fullType[(slash + 1)..];
    }

    /// <summary>3 with parameters other than q, 2 for <c>type/sub</c>, 1 for <c>type/*</c>, 0 for <c>*/*</c>.</summary>
    public int Precedence => mainType == "*" ? 0
        : subType == "*" ? 1
        : parameters.Count == 0 || (parameters.Count == 1 && parameters.ContainsKey("q")) ? 2
        : 3;

    /// <summary>Whether a renderer of <paramref name="rendererType"/> (no parameters) satisfies this entry.</summary>
    public bool Accepts(string rendererType)
    {
        var slash = rendererType.IndexOf('/', StringComparison.Ordinal);
        var main = rendererType[..slash];
        var sub = rendererType[(slash + 1)..];
        return (subType == "*" || subType == sub) && (mainType == "*" || mainType == main);
    }

    /// <summary>
    /// The accepted media type DRF hands the renderer: this entry as written, or, when the entry is less
    /// specific than the renderer's type, the renderer's type followed by this entry's parameters.
    /// </summary>
    public string AcceptedAs(string rendererType) => Precedence >= 2
        ? original
        : string.Join(';', parameters.Select(p => p.Key + "=" + p.Value).Prepend(rendererType));

    /// <summary>Django's <c>parse_header_parameters</c>.</summary>
    public static (string Key, Dictionary<string, string> Parameters) ParseHeader(string line)
    {
        var parts = SplitParameters(line);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < parts.Count; i++)
        {
            var part = parts[i];
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                continue;
            }

            var name = part[..equals].Trim().ToLowerInvariant();
            var value = part[(equals + 1)..].Trim();
            if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
            {
                value = value[1..^1].Replace("\\\\", "\\", StringComparison.Ordinal)
                    .Replace("\\\"", "\"", StringComparison.Ordinal);
            }

            result[name] = value;
        }

        return (parts[0].ToLowerInvariant(), result);
    }

    /// <summary>Splits on semicolons outside quoted strings, trimming each part.</summary>
    private static List<string> SplitParameters(string line)
    {
        var parts = new List<string>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '"' && (i == 0 || line[i - 1] != '\\'))
            {
                quoted = !quoted;
            }
            else if (line[i] == ';' && !quoted)
            {
                parts.Add(line[start..i].Trim());
                start = i + 1;
            }
        }

        parts.Add(line[start..].Trim());
        return parts;
    }
}
