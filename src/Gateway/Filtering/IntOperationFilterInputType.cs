using GraphQL.Types;

namespace Gateway.Filtering;

/// <summary>The operators on a whole number field, as HotChocolate.Data names them.</summary>
public sealed class IntOperationFilterInputType : OperationFilterInputType
{
    public IntOperationFilterInputType()
        : base(
            "IntOperationFilterInput",
            "Conditions on a whole number field.",
            typeof(IntGraphType),
            FilterOperation.ForComparables)
    {
    }
}
