using GraphQL.Types;

namespace Gateway.Filtering;

/// <summary>The operators on a text field, as HotChocolate.Data names them.</summary>
public sealed class StringOperationFilterInputType : OperationFilterInputType
{
    public StringOperationFilterInputType()
        : base(
            "StringOperationFilterInput",
            "Conditions on a text field.",
            typeof(StringGraphType),
            FilterOperation.ForStrings)
    {
    }
}
