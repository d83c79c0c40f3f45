using Gateway.Relay;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Gateway.Filtering;

/// <summary>Adds the <c>aggregates</c> field to the connection types of filterable nodes.</summary>
public static class ConnectionAggregates
{
    /// <summary>Adds <c>aggregates</c> to <paramref name="connection"/> when its nodes have filters.</summary>
    public static void AddField(ObjectGraphType<Connection> connection, Type nodeGraphType)
    {
        var entity = FilterDefinitions.EntityOf(nodeGraphType);
        var definition = entity is null ? null : FilterDefinitions.For(entity);
        if (definition is null)
        {
            return;
        }

        connection.AddField(new FieldType
        {
            Name = "aggregates",
            Description = "Count, min, max, sum and avg over every node of the connection under its filter " +
                "(not only the page). One more statement, only when asked for, computing only the fields selected.",
            Type = typeof(NonNullGraphType<>).MakeGenericType(typeof(AggregatesGraphType<>).MakeGenericType(entity!)),
            Resolver = new FuncFieldResolver<Connection, object>(c => Resolve(c, definition)),
        });
    }

    private static object Resolve(IResolveFieldContext<Connection> context, IFilterDefinition definition)
    {
        var aggregate = context.Source.Aggregate;
        var selections = Selections(context.FieldAst, definition).ToList();
        return aggregate is null ? AggregateQuery.Empty(selections) : aggregate(selections);
    }

    /// <summary>The aggregates the query selects; behind a fragment, every one that applies.</summary>
    private static IEnumerable<AggregateSelection> Selections(GraphQLField field, IFilterDefinition definition)
    {
        var functions = field.SelectionSet?.Selections ?? [];
        var all = functions.Any(s => s is not GraphQLField);
        foreach (var function in Enum.GetValues<AggregateFunction>())
        {
            var name = function.ToString().ToLowerInvariant();
            var selected = functions.OfType<GraphQLField>().Where(f => f.Name.Value == name).ToList();
            if (!all && selected.Count == 0)
            {
                continue;
            }

            var fields = selected.SelectMany(f => f.SelectionSet?.Selections ?? []).ToList();
            var every = all || fields.Any(s => s is not GraphQLField);
            foreach (var candidate in AggregateValuesGraphType.FieldsFor(definition, function))
            {
                if (every || fields.OfType<GraphQLField>().Any(f => f.Name.Value == candidate.Name))
                {
                    yield return new AggregateSelection(function, candidate.Name);
                }
            }
        }
    }
}
