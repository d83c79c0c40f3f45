using GraphQL.Types;

namespace Gateway.Filtering;

/// <summary>
/// The <c>where</c> input of an entity (<c>PackageFilterInput</c>): one field per filterable field, plus
/// <c>and</c>, <c>or</c> and <c>not</c>. Built from the entity's <see cref="FilterDefinition{T}"/>.
/// </summary>
public abstract class FilterInputType<T> : InputObjectGraphType
{
    protected FilterInputType(FilterDefinition<T> definition)
    {
        Name = definition.Name + "FilterInput";
        Description = $"Conditions on {definition.Name} values; all given fields must hold.";
        var list = typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(GetType()));
        AddField(new FieldType { Name = FilterTranslator.And, Description = "Every filter of the list holds.", Type = list });
        AddField(new FieldType { Name = FilterTranslator.Or, Description = "At least one filter of the list holds.", Type = list });
        AddField(new FieldType { Name = FilterTranslator.Not, Description = "The filter does not hold.", Type = GetType() });
        foreach (var field in definition.Fields)
        {
            AddField(new FieldType { Name = field.Name, Description = field.Description, Type = field.FilterGraphType });
        }
    }
}
