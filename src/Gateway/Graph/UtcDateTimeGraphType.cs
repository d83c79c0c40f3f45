using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Gateway.Graph;

/// <summary>
/// The <c>DateTime</c> scalar: ISO 8601 with an explicit offset, always written in UTC
/// (<c>2025-01-22T16:06:06.693138+00:00</c>); input in any offset is converted to UTC.
/// </summary>
/// <remarks>
/// Hand-written because GraphQL.NET's own DateTime scalar writes the kind it is given (a <c>Z</c>, or no
/// offset at all for unspecified kinds) and the contract promises an offset on every timestamp.
/// </remarks>
public sealed class UtcDateTimeGraphType : ScalarGraphType
{
    private const string Format = "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'+00:00'";

    public UtcDateTimeGraphType()
    {
        Name = "DateTime";
        Description = "A point in time, ISO 8601 with offset, written in UTC: 2025-01-22T16:06:06.693138+00:00. " +
            "Input may use any offset.";
    }

    /// <inheritdoc/>
    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateTime dateTime => ToUtc(dateTime).ToString(Format, CultureInfo.InvariantCulture),
        DateTimeOffset offset => offset.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture),
        _ => ThrowSerializationError(value),
    };

    /// <inheritdoc/>
    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string text => Parse(text),
        DateTime dateTime => ToUtc(dateTime),
        DateTimeOffset offset => offset.UtcDateTime,
        _ => ThrowValueConversionError(value),
    };

    /// <inheritdoc/>
    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text => Parse(text.Value.ToString()),
        _ => ThrowLiteralConversionError(value),
    };

    private static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    private static DateTime Parse(string text)
    {
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal,
                out var parsed))
        {
            throw new FormatException(
                $"'{text}' is not an ISO 8601 date and time; write it like 2025-01-22T16:06:06+00:00.");
        }

        return parsed.UtcDateTime;
    }
}
