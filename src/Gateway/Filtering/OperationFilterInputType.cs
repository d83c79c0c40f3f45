using GraphQL.Types;

namespace Gateway.Filtering;

/// <summary>The shared shape of the operation filter inputs: the operators of one scalar plus and/or/not.</summary>
public abstract class OperationFilterInputType : InputObjectGraphType
{
    protected OperationFilterInputType(
        string name, string description, Type scalarType, IReadOnlyList<FilterOperation> operations)
    {
        Name = name;
        Description = description;
        var self = GetType();
        AddField(new FieldType
        {
            Name = FilterTranslator.And,
            Description = "Every condition of the list holds.",
            Type = typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(self)),
        });
        AddField(new FieldType
        {
            Name = FilterTranslator.Or,
            Description = "At least one condition of the list holds.",
            Type = typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(self)),
        });
        AddField(new FieldType { Name = FilterTranslator.Not, Description = "The condition does not hold.", Type = self });
        foreach (var operation in operations)
        {
            AddField(new FieldType
            {
                Name = operation.Name,
                Description = operation.Description,
                Type = operation.TakesList ? typeof(ListGraphType<>).MakeGenericType(scalarType) : scalarType,
            });
        }
    }
}
