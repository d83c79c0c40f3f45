using System.Text;

namespace Gateway.Rest;

/// <summary>
/// The URL helpers of Python and Django that DRF's links go through: <c>parse_qs</c> with blank values kept,
/// <c>urlencode</c> of the sorted parameters (what DRF's <c>replace_query_param</c> and
/// <c>remove_query_param</c> do), Django's <c>escape_uri_path</c> and <c>iri_to_uri</c>.
/// </summary>
/// <remarks>Hand-written because .NET's query helpers decode and encode with other rules.</remarks>
internal static class PythonUrl
{
    private const string QuotePlusSafe = "_.-~";
    private const string UriPathSafe = "/:@&+$,-_.!~*'()";
    private const string IriSafe = "/#%[]=:;$&()+,!?*@'~";

    /// <summary>
    /// Python's <c>parse_qs(query, keep_blank_values=True)</c>: pairs split on <c>&amp;</c> only, <c>+</c> as a
    /// space, percent escapes decoded as UTF-8 with U+FFFD for bad bytes, values grouped by name in order of
    /// first appearance.
    /// </summary>
    public static List<KeyValuePair<string, List<string>>> ParseQuery(string query)
    {
        var result = new List<KeyValuePair<string, List<string>>>();
        foreach (var part in query.Split('&'))
        {
            if (part.Length == 0)
            {
                continue;
            }

            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var name = Unquote(equals < 0 ? part : part[..equals]);
            var value = equals < 0 ? "" : Unquote(part[(equals + 1)..]);
            var index = result.FindIndex(p => p.Key == name);
            if (index < 0)
            {
                result.Add(new(name, [value]));
            }
            else
            {
                result[index].Value.Add(value);
            }
        }

        return result;
    }

    /// <summary>The last value of <paramref name="name"/>, as Django's <c>QueryDict[name]</c> answers.</summary>
    public static string? LastValue(List<KeyValuePair<string, List<string>>> query, string name)
    {
        foreach (var pair in query)
        {
            if (pair.Key == name)
            {
                return pair.Value[^1];
            }
        }

        return null;
    }

    /// <summary>
    /// Python's <c>urlencode(sorted(params.items()), doseq=True)</c>: names in code point order, each value
    /// quoted with <c>quote_plus</c>.
    /// </summary>
    public static string Encode(IEnumerable<KeyValuePair<string, List<string>>> query)
    {
        var builder = new StringBuilder();
        foreach (var (name, values) in query.OrderBy(p => p.Key, CodePointComparer.Instance))
        {
            foreach (var value in values)
            {
                if (builder.Length > 0)
                {
                    builder.Append('&');
                }

                Quote(builder, name, QuotePlusSafe, spaceAsPlus: true);
                builder.Append('=');
                Quote(builder, value, QuotePlusSafe, spaceAsPlus: true);
            }
        }

        return builder.ToString();
    }

    /// <summary>Django's <c>escape_uri_path</c>: the decoded path percent-encoded for use in a URL.</summary>
    public static void AppendEscapedPath(StringBuilder builder, string path) =>
        Quote(builder, path, UriPathSafe, spaceAsPlus: false);

    /// <summary>Django's <c>iri_to_uri</c> of a raw query string: existing escapes kept, the rest quoted.</summary>
    public static void AppendIriQuery(StringBuilder builder, string query) =>
        Quote(builder, query, IriSafe, spaceAsPlus: false);

    private static void Quote(StringBuilder builder, string text, string safe, bool spaceAsPlus)
    {
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c) || safe.Contains(c, StringComparison.Ordinal))
            {
                builder.Append(c);
                continue;
            }

            if (c == ' ' && spaceAsPlus)
            {
                builder.Append('+');
                continue;
            }

            if (!Rune.TryGetRuneAt(text, i, out var rune))
            {
                rune = Rune.ReplacementChar;
            }

            var length = rune.EncodeToUtf8(utf8);
            for (var b = 0; b < length; b++)
            {
                builder.Append('%').Append(utf8[b].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }

            i += rune.Utf16SequenceLength - 1;
        }
    }

    /// <summary>
    /// Python's <c>unquote(text.replace('+', ' '))</c>: runs of escaped bytes decoded as UTF-8 with
    /// replacement characters; a <c>%</c> not followed by two hex digits stays as it is.
    /// </summary>
    private static string Unquote(string text)
    {
        if (!text.Contains('%', StringComparison.Ordinal) && !text.Contains('+', StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '%' && i + 2 < text.Length && IsHex(text[i + 1]) && IsHex(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
                continue;
            }

            if (c < 0x80)
            {
                bytes.Add(c == '+' ? (byte)' ' : (byte)c);
                continue;
            }

            Flush(builder, bytes);
            builder.Append(c);
        }

        Flush(builder, bytes);
        return builder.ToString();
    }

    private static void Flush(StringBuilder builder, List<byte> bytes)
    {
        if (bytes.Count > 0)
        {
            builder.Append(Encoding.UTF8.GetString([.. bytes]));
            bytes.Clear();
        }
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    /// <summary>
    /// Python's string order, by code point: UTF-16 surrogates stand for code points above U+FFFF, so they
    /// sort after every other UTF-16 unit (ordinal order would put U+E000..U+FFFF after them).
    /// </summary>
    private sealed class CodePointComparer : IComparer<string>
    {
        public static CodePointComparer Instance { get; } = new();

        public int Compare(string? x, string? y)
        {
            var a = (x ?? "").AsSpan();
            var b = (y ?? "").AsSpan();
            var common = Math.Min(a.Length, b.Length);
            for (var i = 0; i < common; i++)
            {
                if (a[i] != b[i])
                {
                    return Key(a[i]).CompareTo(Key(b[i]));
                }
            }

            return a.Length.CompareTo(b.Length);
        }

        private static int Key(char c) => char.IsSurrogate(c) ? c + 0x10000 : c;
    }
}
