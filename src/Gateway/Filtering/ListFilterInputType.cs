using GraphQL.Types;

namespace Gateway.Filtering;

/// <summary>
/// Conditions on a to-many relation (<c>ListFilterInputTypeOfGridFilterInput</c>): <c>some</c>, <c>all</c>,
/// <c>none</c> and <c>any</c>, as HotChocolate.Data names them.
/// </summary>
public sealed class ListFilterInputType<TElementFilter> : InputObjectGraphType
    where TElementFilter : IInputObjectGraphType
{
    public ListFilterInputType()
    {
        var element = typeof(TElementFilter).Name;
        element = element.EndsWith("Type", StringComparison.Ordinal) ? element[..^4] : element;
        Name = "ListFilterInputTypeOf" + element;
        Description = "Conditions on the related items of a list.";
        AddField(new FieldType
        {
            Name = FilterTranslator.Some,
            Description = "At least one related item matches.",
            Type = typeof(TElementFilter),
        });
        AddField(new FieldType
        {
            Name = FilterTranslator.All,
            Description = "Every related item matches (true when there is none).",
            Type = typeof(TElementFilter),
        });
        AddField(new FieldType
        {
            Name = FilterTranslator.None,
            Description = "No related item matches.",
            Type = typeof(TElementFilter),
        });
        AddField(new FieldType
        {
            Name = FilterTranslator.Any,
            Description = "true: there is at least one related item; false: there is none.",
            Type = typeof(BooleanGraphType),
        });
    }
}
