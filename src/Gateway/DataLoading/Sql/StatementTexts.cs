using System.Globalization;
using System.Text;

namespace Gateway.DataLoading.Sql;

/// <summary>
/// The texts of one statement that differ only in a number: the length of its <c>IN (@p0, ...)</c> list or
/// its <c>LIMIT</c>. Each text is made once and the same string returned after, so that a request builds no
/// SQL and the prepared-statement lookup hashes a string it has seen.
/// </summary>
internal sealed class StatementTexts(Func<int, string> make)
{
    private static readonly string[] ListNames = [.. Enumerable.Range(0, 128).Select(i => "@p" + i)];

    private static readonly string[] CursorNames = [.. Enumerable.Range(0, 32).Select(i => "@c" + i)];

    private readonly StatementCache<int, string> texts = new();

    /// <summary>The text for <paramref name="number"/>.</summary>
    public string For(int number) => texts.GetOrMake(number, (make, number), static s => s.make(s.number))!;

    /// <summary>The name of the list's parameter <paramref name="index"/>: <c>@p0</c>, <c>@p1</c>, ...</summary>
    public static string ListName(int index) =>
        index < ListNames.Length ? ListNames[index] : "@p" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The name of the cursor parameter <paramref name="index"/>: <c>@c0</c>, <c>@c1</c>, ...</summary>
    public static string CursorName(int index) =>
        index < CursorNames.Length ? CursorNames[index] : "@c" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// <paramref name="head"/>, then <c>@p0, @p1, ...</c> (<paramref name="count"/> of them), then
    /// <paramref name="tail"/>.
    /// </summary>
    public static string WithList(string head, int count, string tail)
    {
        var sql = new StringBuilder(head, head.Length + (count * 6) + tail.Length);
        for (var i = 0; i < count; i++)
        {
            sql.Append(i == 0 ? "" : ", ").Append(ListName(i));
        }

        return sql.Append(tail).ToString();
    }
}
