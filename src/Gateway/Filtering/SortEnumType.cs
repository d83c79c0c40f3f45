using GraphQL.Types;

namespace Gateway.Filtering;

/// <summary>
/// The direction of one <c>order</c> item: <c>ASC</c> and <c>DESC</c> as in HotChocolate.Data, plus forms
/// that place nulls first or last. Plain <c>ASC</c> and <c>DESC</c> put nulls last on both stores.
/// </summary>
public sealed class SortEnumType : EnumerationGraphType<SortOrder>
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Description = "Sort direction and placement of nulls. ASC and DESC put nulls last.";
    }
}
