using System.Globalization;
using System.Numerics;

namespace Gateway.Rest;

/// <summary>
/// DRF's <c>LimitOffsetPagination</c> with no maximum: <c>limit</c> that is missing, not a number, zero or
/// negative is the page size; <c>offset</c> that is missing, not a number or negative is 0. The <c>next</c>
/// and <c>previous</c> links are the request's URL with <c>limit</c> and <c>offset</c> replaced and every
/// parameter re-encoded in name order; <c>previous</c> drops <c>offset</c> when it would be 0 or less.
/// </summary>
internal sealed class LimitOffset
{
    private const string LimitName = "limit";
    private const string OffsetName = "offset";

    private readonly string urlWithoutQuery;
    private readonly List<KeyValuePair<string, List<string>>> query;

    private LimitOffset(
        BigInteger limit, BigInteger offset, string urlWithoutQuery, List<KeyValuePair<string, List<string>>> query)
    {
        Limit = limit;
        Offset = offset;
        this.urlWithoutQuery = urlWithoutQuery;
        this.query = query;
    }

    /// <summary>Python integers have no bound, and neither do these: only the database reads are clamped.</summary>
    public BigInteger Limit { get; }

    public BigInteger Offset { get; }

    /// <summary>The offset for the database; an offset beyond <see cref="int.MaxValue"/> is past every row.</summary>
    public int RowOffset => Offset > int.MaxValue ? int.MaxValue : (int)Offset;

    /// <summary>The limit for the database; a larger one asks for every row anyway.</summary>
    public int RowLimit => Limit > int.MaxValue ? int.MaxValue : (int)Limit;

    /// <param name="query">The request's parameters as Django parses them.</param>
    /// <param name="pageSize">The default limit.</param>
    /// <param name="urlWithoutQuery">The request's absolute URL without its query.</param>
    public static LimitOffset From(
        List<KeyValuePair<string, List<string>>> query, int pageSize, string urlWithoutQuery)
    {
        var limit = ParseOrNull(PythonUrl.LastValue(query, LimitName));
        var offset = ParseOrNull(PythonUrl.LastValue(query, OffsetName));
        return new LimitOffset(
            limit is { } l && l > 0 ? l : pageSize,
            offset is { } o && o >= 0 ? o : BigInteger.Zero,
            urlWithoutQuery,
            query);
    }

    public string? NextLink(int count)
    {
        if (Offset + Limit >= count)
        {
            return null;
        }

        return Link(Offset + Limit);
    }

    public string? PreviousLink()
    {
        if (Offset <= 0)
        {
            return null;
        }

        var offset = Offset - Limit;
        return Link(offset <= 0 ? null : offset);
    }

    private string Link(BigInteger? offset)
    {
        var parameters = query
            .Where(p => p.Key != LimitName && p.Key != OffsetName)
            .Append(new(LimitName, [Limit.ToString(CultureInfo.InvariantCulture)]));
        if (offset is { } value)
        {
            parameters = parameters.Append(new(OffsetName, [value.ToString(CultureInfo.InvariantCulture)]));
        }

        return urlWithoutQuery + "?" + PythonUrl.Encode(parameters);
    }

    private static BigInteger? ParseOrNull(string? text) => text is null ? null : PythonInt.Parse(text);
}
