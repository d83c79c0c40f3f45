using System.Globalization;
using System.Numerics;

namespace Gateway.Rest;

/// <summary>
/// Parses text as Python's <c>int(text)</c> does, because DRF reads <c>limit</c>, <c>offset</c> and ids with
/// it: surrounding Unicode whitespace, an optional sign, decimal digits of any script and single underscores
/// between digits are accepted; anything else is not a number.
/// </summary>
/// <remarks>Hand-written because no .NET parser accepts exactly Python's grammar.</remarks>
internal static class PythonInt
{
    /// <summary>The value of <paramref name="text"/>, or null when Python's <c>int()</c> would raise.</summary>
    public static BigInteger? Parse(ReadOnlySpan<char> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsPythonSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsPythonSpace(text[end - 1]))
        {
            end--;
        }

        var body = text[start..end];
        var negative = false;
        if (body.Length > 0 && (body[0] == '+' || body[0] == '-'))
        {
            negative = body[0] == '-';
            body = body[1..];
        }

        return ParseDigits(body, negative);
    }

    /// <summary>
    /// Whether Python's <c>str.isdigit()</c> holds: non-empty and every character a digit, which includes
    /// digits that <c>int()</c> refuses (superscripts, circled digits).
    /// </summary>
    public static bool IsDigit(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsDigit(c) && !IsDigitButNotDecimal(c))
            {
                return false;
            }
        }

        return true;
    }

    private static BigInteger? ParseDigits(ReadOnlySpan<char> body, bool negative)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        BigInteger value = BigInteger.Zero;
        long small = 0;
        var useSmall = true;
        var previousUnderscore = true; // forbids a leading underscore
        foreach (var c in body)
        {
            if (c == '_')
            {
                if (previousUnderscore)
                {
                    return null;
                }

                previousUnderscore = true;
                continue;
            }

            var digit = DecimalValue(c);
            if (digit < 0)
            {
                return null;
            }

            previousUnderscore = false;
            if (useSmall && small < (long.MaxValue - 9) / 10)
            {
                small = (small * 10) + digit;
            }
            else
            {
                if (useSmall)
                {
                    value = small;
                    useSmall = false;
                }

                value = (value * 10) + digit;
            }
        }

        if (previousUnderscore)
        {
            return null; // a trailing underscore
        }

        var result = useSmall ? new BigInteger(small) : value;
        return negative ? -result : result;
    }

    private static int DecimalValue(char c)
    {
        if (c is >= '0' and <= '9')
        {
            return c - '0';
        }

        return char.IsDigit(c) ? (int)char.GetNumericValue(c) : -1;
    }

    /// <summary>
    /// Digits of Unicode numeric type "Digit" (², ①, ⑴): Python's isdigit accepts them, int() does not.
    /// </summary>
    private static bool IsDigitButNotDecimal(char c)
    {
        if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.OtherNumber)
        {
            return false;
        }

        var numeric = CharUnicodeInfo.GetNumericValue(c);
        return numeric is >= 0 and <= 9 && Math.Floor(numeric) == numeric;
    }

    /// <summary>The whitespace int() strips: ASCII space, \t \n \v \f \r, and Unicode spaces beyond ASCII.</summary>
    private static bool IsPythonSpace(char c) => char.IsWhiteSpace(c);
}
