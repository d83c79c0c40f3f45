using GraphQL.Types;

namespace Gateway.Filtering;

/// <summary>The operators on a timestamp (ISO 8601; compared in UTC) field, as HotChocolate.Data names them.</summary>
public sealed class DateTimeOperationFilterInputType : OperationFilterInputType
{
    public DateTimeOperationFilterInputType()
        : base(
            "DateTimeOperationFilterInput",
            "Conditions on a timestamp (ISO 8601; compared in UTC) field.",
            typeof(Graph.UtcDateTimeGraphType),
            FilterOperation.ForComparables)
    {
    }
}
