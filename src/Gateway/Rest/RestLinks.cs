using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Gateway.Rest;

/// <summary>
/// Builds the absolute hyperlinks of one response, as DRF's <c>reverse</c> does: the request's scheme and host,
/// <c>/api/v4/</c>, the resource, and either a trailing slash or, when the request came through a format
/// suffix (<c>/packages/6045.json</c>), the same suffix.
/// </summary>
internal sealed class RestLinks
{
    private readonly byte[] prefix;
    private readonly byte[] ending;

    public RestLinks(string origin, string? formatSuffix)
    {
        Origin = origin;
        prefix = Encoding.UTF8.GetBytes(origin + RestPaths.Prefix);
        ending = Encoding.UTF8.GetBytes(formatSuffix is null ? "/" : "." + formatSuffix);
        FormatSuffix = formatSuffix;
    }

    /// <summary>The scheme and host, <c>http://localhost</c>.</summary>
    public string Origin { get; }

    public string? FormatSuffix { get; }

    /// <summary>Writes the link of the object <paramref name="id"/> of <paramref name="segment"/> (UTF-8).</summary>
    public void WriteObject(Utf8JsonWriter writer, ReadOnlySpan<byte> segment, int id)
    {
        Span<byte> buffer = stackalloc byte[prefix.Length + segment.Length + 12 + ending.Length];
        var length = Start(buffer, segment);
        buffer[length++] = (byte)'/';
        Utf8Formatter.TryFormat(id, buffer[length..], out var written);
        length += written;
        ending.CopyTo(buffer[length..]);
        writer.WriteStringValue(buffer[..(length + ending.Length)]);
    }

    /// <summary>Writes the link of the list <paramref name="segment"/>, as the router's root lists them.</summary>
    public void WriteList(Utf8JsonWriter writer, ReadOnlySpan<byte> segment)
    {
        Span<byte> buffer = stackalloc byte[prefix.Length + segment.Length + ending.Length];
        var length = Start(buffer, segment);
        ending.CopyTo(buffer[length..]);
        writer.WriteStringValue(buffer[..(length + ending.Length)]);
    }

    private int Start(Span<byte> buffer, ReadOnlySpan<byte> segment)
    {
        prefix.CopyTo(buffer);
        segment.CopyTo(buffer[prefix.Length..]);
        return prefix.Length + segment.Length;
    }
}
