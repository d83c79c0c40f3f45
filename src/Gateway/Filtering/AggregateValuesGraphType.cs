using Gateway.Graph;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace Gateway.Filtering;

/// <summary>
/// The fields one aggregate function applies to (<c>PackageMinAggregates</c>, ...); built by
/// <see cref="AggregatesGraphType{T}"/> for its entity, so not registered on its own.
/// </summary>
[DoNotRegister]
public sealed class AggregateValuesGraphType : ObjectGraphType<AggregateValues>
{
    public AggregateValuesGraphType(IFilterDefinition definition, AggregateFunction function)
    {
        Name = $"{definition.Name}{function}Aggregates";
        Description = function switch
        {
            AggregateFunction.Min => "The smallest value of each field over the connection; null when there is none.",
            AggregateFunction.Max => "The largest value of each field over the connection; null when there is none.",
            AggregateFunction.Sum => "The sum of each field over the connection; 0 when there is no row.",
            _ => "The mean of each field over the connection; null when there is no row.",
        };
        foreach (var field in FieldsFor(definition, function))
        {
            var name = field.Name;
            AddField(new FieldType
            {
                Name = name,
                Description = field.Description,
                Type = ValueType(field, function),
                Resolver = new FuncFieldResolver<AggregateValues, object?>(c => c.Source.Result.Get(function, name)),
            });
        }
    }

    /// <summary>The fields of <paramref name="definition"/> that <paramref name="function"/> applies to.</summary>
    public static IEnumerable<FilterField> FieldsFor(IFilterDefinition definition, AggregateFunction function) =>
        definition.Fields.Where(f =>
            function is AggregateFunction.Min or AggregateFunction.Max ? f.IsOrdered : f.IsNumeric);

    private static Type ValueType(FilterField field, AggregateFunction function) => function switch
    {
        // Note: a sum can pass Int's 32 bits; Float holds every sum below 2^53 exactly.
        AggregateFunction.Sum => typeof(NonNullGraphType<FloatGraphType>),
        AggregateFunction.Avg => typeof(FloatGraphType),
        _ when field.Kind == FilterFieldKind.DateTime => typeof(UtcDateTimeGraphType),
        _ => typeof(IntGraphType),
    };
}
