namespace Gateway.Filtering;

/// <summary>
/// One operator of the operation filter inputs (<c>eq</c>, <c>containsi</c>, ...). Names and meanings
/// follow HotChocolate.Data; the <c>i</c> forms are this gateway's addition.
/// </summary>
/// <param name="Name">The GraphQL field name.</param>
/// <param name="Description">The description clients read.</param>
/// <param name="Negated">Whether it is the negation of <paramref name="Positive"/>.</param>
/// <param name="Positive">The underlying test: eq, in, contains, startsWith, endsWith, gt, gte, lt, lte.</param>
/// <param name="IgnoreCase">Whether both sides are case-folded first.</param>
public sealed record FilterOperation(string Name, string Description, bool Negated, string Positive, bool IgnoreCase)
{
    private static readonly string[] Comparisons = ["gt", "gte", "lt", "lte"];

    /// <summary>The operators of <c>StringOperationFilterInput</c>.</summary>
    public static IReadOnlyList<FilterOperation> ForStrings { get; } = BuildStrings();

    /// <summary>The operators of <c>IntOperationFilterInput</c> and <c>DateTimeOperationFilterInput</c>.</summary>
    public static IReadOnlyList<FilterOperation> ForComparables { get; } = BuildComparables();

    /// <summary>The operators of <c>BooleanOperationFilterInput</c>.</summary>
    public static IReadOnlyList<FilterOperation> ForBooleans { get; } = [.. Equality()];

    /// <summary>Whether the operator takes a list of values.</summary>
    public bool TakesList => Positive == "in";

    private static List<FilterOperation> BuildStrings()
    {
        var list = Equality().Concat(Membership()).ToList();
        foreach (var test in new[] { "contains", "startsWith", "endsWith" })
        {
            var what = test switch
            {
                "contains" => "contains",
                "startsWith" => "starts with",
                _ => "ends with",
            };
            list.Add(new(test, $"The value {what} the given text (ordinal, case-sensitive).", false, test, false));
            list.Add(new("n" + test, $"The value is null or does not {Base(what)} the given text (ordinal).",
                true, test, false));
        }

        list.Add(new("eqi", "The value equals the given text ignoring case (Unicode lower-case folding).",
            false, "eq", true));
        list.Add(new("neqi", "The value is null or differs from the given text ignoring case.", true, "eq", true));
        foreach (var test in new[] { "contains", "startsWith", "endsWith" })
        {
            list.Add(new(test + "i", $"Like {test}, ignoring case (Unicode lower-case folding).", false, test, true));
            list.Add(new("n" + test + "i", $"Like n{test}, ignoring case (Unicode lower-case folding).",
                true, test, true));
        }

        return list;
    }

    private static string Base(string what) => what switch
    {
        "contains" => "contain",
        "starts with" => "start with",
        _ => "end with",
    };

    private static List<FilterOperation> BuildComparables()
    {
        var list = Equality().Concat(Membership()).ToList();
        foreach (var test in Comparisons)
        {
            var what = test switch
            {
                "gt" => "greater than",
                "gte" => "greater than or equal to",
                "lt" => "less than",
                _ => "less than or equal to",
            };
            list.Add(new(test, $"The value is {what} the given value (null never is).", false, test, false));
            list.Add(new("n" + test, $"The value is null or not {what} the given value.", true, test, false));
        }

        return list;
    }

    private static IEnumerable<FilterOperation> Equality()
    {
        yield return new("eq", "The value equals the given value; `eq: null` matches null values.", false, "eq", false);
        yield return new("neq", "The value differs from the given value; `neq: null` matches values that are set.",
            true, "eq", false);
    }

    private static IEnumerable<FilterOperation> Membership()
    {
        yield return new("in", "The value is one of the given values (at most 1,000).", false, "in", false);
        yield return new("nin", "The value is none of the given values (at most 1,000).", true, "in", false);
    }
}
