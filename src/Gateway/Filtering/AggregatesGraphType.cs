using GraphQL.Resolvers;
using GraphQL.Types;

namespace Gateway.Filtering;

/// <summary>
/// The <c>aggregates</c> of a connection (<c>PackageAggregates</c>): count, min, max, sum and avg over
/// every node under the connection's <c>where</c>, whatever the page, in one SQL statement.
/// </summary>
public sealed class AggregatesGraphType<T> : ObjectGraphType<AggregateResult>
{
    public AggregatesGraphType()
    {
        var definition = FilterDefinitions.For(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} has no filter definition.");
        Name = definition.Name + "Aggregates";
        Description = $"Aggregates over all {definition.Name} nodes of the connection under its filter.";
        Field<NonNullGraphType<IntGraphType>>("count")
            .Description("How many nodes match (the same as totalCount).")
            .Resolve(c => (int)c.Source.Count);
        foreach (var function in Enum.GetValues<AggregateFunction>())
        {
            AddField(new FieldType
            {
                Name = function.ToString().ToLowerInvariant(),
                Description = $"{function} of the fields it applies to.",
                ResolvedType = new NonNullGraphType(new AggregateValuesGraphType(definition, function)),
                Resolver = new FuncFieldResolver<AggregateResult, AggregateValues>(
                    c => new AggregateValues(c.Source, function)),
            });
        }
    }
}
