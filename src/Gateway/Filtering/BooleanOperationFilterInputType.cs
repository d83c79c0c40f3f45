using GraphQL.Types;

namespace Gateway.Filtering;

/// <summary>The operators on a flag field, as HotChocolate.Data names them.</summary>
public sealed class BooleanOperationFilterInputType : OperationFilterInputType
{
    public BooleanOperationFilterInputType()
        : base(
            "BooleanOperationFilterInput",
            "Conditions on a flag field.",
            typeof(BooleanGraphType),
            FilterOperation.ForBooleans)
    {
    }
}
