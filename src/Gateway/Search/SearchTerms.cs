using System.Text.RegularExpressions;
using Gateway.Filtering;

namespace Gateway.Search;

/// <summary>
/// The words of a user's search text: runs of letters and digits, case-folded (final sigma as sigma,
/// as both stores index it), at most
/// <see cref="MaxTerms"/>. Everything else (quotes, <c>*</c>, <c>-</c>, <c>:</c>, <c>^</c>, parentheses)
/// separates words, so no full-text operator of either store can come from user input; words such as
/// <c>NEAR</c>, <c>AND</c> or <c>OR</c> are searched for as words because each term is quoted.
/// </summary>
public static partial class SearchTerms
{
    /// <summary>The most words a search uses; later words are ignored.</summary>
    public const int MaxTerms = 8;

    /// <summary>The longest word kept; longer words are cut (no catalogue word is that long).</summary>
    public const int MaxTermLength = 64;

    /// <summary>The distinct words of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<string> Parse(string? text) =>
        [.. Word().Matches(text ?? "")
            .Select(m => TextFolding.Fold(m.Value)!.Replace('ς', 'σ'))
            .Select(w => w.Length > MaxTermLength ? w[..MaxTermLength] : w)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxTerms)];

    /// <summary>An FTS5 query requiring every term, in <paramref name="column"/> only when given.</summary>
    public static string ToFts5(IReadOnlyList<string> terms, string? column) =>
        string.Join(" AND ", terms.Select(t => (column is null ? "" : column + " : ") + Quote(t, '"')));

    /// <summary>A PostgreSQL tsquery requiring every term, with weight <paramref name="weight"/> only when given.</summary>
    public static string ToTsQuery(IReadOnlyList<string> terms, char? weight) =>
        string.Join(" & ", terms.Select(t => Quote(t, '\'') + (weight is null ? "" : ":" + weight)));

    // Note: words hold only letters and digits, so the quotes cannot be closed early; doubling them is
    // what each syntax asks for, kept in case the word pattern ever widens.
    private static string Quote(string term, char quote) =>
        quote + term.Replace(quote.ToString(), new string(quote, 2), StringComparison.Ordinal) + quote;

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
