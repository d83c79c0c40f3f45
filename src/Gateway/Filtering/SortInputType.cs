using GraphQL.Types;

namespace Gateway.Filtering;

/// <summary>
/// One item of an <c>order</c> list (<c>PackageSortInput</c>): exactly one field, set to a
/// <c>SortEnumType</c> value, or for a to-one relation to the relation's own sort input.
/// </summary>
public abstract class SortInputType<T> : InputObjectGraphType
{
    protected SortInputType(FilterDefinition<T> definition)
    {
        Name = definition.Name + "SortInput";
        Description = $"Sorts {definition.Name} values by one field; give one field per list item.";
        foreach (var field in definition.Fields.Where(f => f.SortGraphType is not null))
        {
            AddField(new FieldType { Name = field.Name, Description = field.Description, Type = field.SortGraphType });
        }
    }
}
