using System.Collections;
using Gateway.Filtering;

namespace Gateway.Tests.Filtering;

/// <summary>What each operator means, written out in plain C# independently of the translator.</summary>
internal static class FilterReference
{
    public static bool Matches(FilterOperation operation, object? value, object? operand)
    {
        var positive = Positive(operation, value, operand);
        return operation.Negated ? !positive : positive;
    }

    private static bool Positive(FilterOperation operation, object? value, object? operand)
    {
        if (operation.Positive == "in")
        {
            return ((IEnumerable)operand!).Cast<object?>().Any(item => Same(value, item, ignoreCase: false));
        }

        if (operation.Positive == "eq")
        {
            return Same(value, operand, operation.IgnoreCase);
        }

        if (value is null)
        {
            return false;
        }

        if (value is string text)
        {
            var pattern = (string)operand!;
            if (operation.IgnoreCase)
            {
                text = Lower(text);
                pattern = Lower(pattern);
            }

            return operation.Positive switch
            {
                "contains" => text.Contains(pattern, StringComparison.Ordinal),
                "startsWith" => text.StartsWith(pattern, StringComparison.Ordinal),
                _ => text.EndsWith(pattern, StringComparison.Ordinal),
            };
        }

        var comparison = ((IComparable)value).CompareTo(operand);
        return operation.Positive switch
        {
            "gt" => comparison > 0,
            "gte" => comparison >= 0,
            "lt" => comparison < 0,
            _ => comparison <= 0,
        };
    }

    /// <summary>Unicode simple lower-case mapping: .NET's invariant one plus "İ" to "i", which .NET leaves.</summary>
    private static string Lower(string text) =>
        string.Concat(text.Select(c => c == '\u0130' ? 'i' : char.ToLowerInvariant(c)));

    private static bool Same(object? value, object? operand, bool ignoreCase)
    {
        if (value is null || operand is null)
        {
            return value is null && operand is null;
        }

        return ignoreCase
            ? string.Equals(Lower((string)value), Lower((string)operand), StringComparison.Ordinal)
            : value.Equals(operand);
    }
}
