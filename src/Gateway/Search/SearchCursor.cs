using System.Globalization;
using System.Text;
using GraphQL;

namespace Gateway.Search;

/// <summary>Cursors of search results: the sort values of a hit (score, stars, kind, id), opaque to clients.</summary>
internal static class SearchCursor
{
    public const string InvalidCode = "SEARCH_CURSOR_INVALID";
    private const string Prefix = "search:";

    public static string Encode(SearchRow row) => Convert.ToBase64String(Encoding.UTF8.GetBytes(
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}{row.Score}:{row.Stars}:{row.Kind}:{row.Id}")));

    public static SearchRow Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            var parts = text.StartsWith(Prefix, StringComparison.Ordinal) ? text[Prefix.Length..].Split(':') : [];
            if (parts.Length == 4)
            {
                return new SearchRow
                {
                    Score = int.Parse(parts[0], CultureInfo.InvariantCulture),
                    Stars = long.Parse(parts[1], CultureInfo.InvariantCulture),
                    Kind = int.Parse(parts[2], CultureInfo.InvariantCulture),
                    Id = int.Parse(parts[3], CultureInfo.InvariantCulture),
                };
            }
        }
        catch (FormatException)
        {
        }
        catch (OverflowException)
        {
        }

        throw new ExecutionError($"The cursor '{cursor}' is not a search cursor.") { Code = InvalidCode };
    }
}
