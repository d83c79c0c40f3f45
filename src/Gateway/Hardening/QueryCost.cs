using System.Collections;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Gateway.Hardening;

/// <summary>
/// The worst-case number of nodes an operation can return, as GitHub's GraphQL API counts it: each
/// connection contributes its page size (<c>first</c> or <c>last</c>, else the default page) times the
/// page sizes of every connection above it; <c>nodes(ids:)</c> contributes its number of ids.
/// </summary>
/// <remarks>
/// Note: hand-written because GraphQL.NET's complexity analyser weighs every field and guesses list
/// sizes; GitHub's measure counts only what multiplies, which is what a client can reason about.
/// Each fragment's cost is computed once at a multiplier of one and scaled, so a fragment spread many
/// times costs linear time to price.
/// </remarks>
internal sealed class QueryCost(
    ISchema schema,
    GraphQLDocument document,
    IReadOnlyDictionary<GraphQLField, IDictionary<string, ArgumentValue>>? argumentValues,
    int defaultPageSize)
{
    private readonly Dictionary<string, double?> fragmentCosts = new(StringComparer.Ordinal);

    private readonly Dictionary<string, GraphQLFragmentDefinition> fragments = document.Definitions
        .OfType<GraphQLFragmentDefinition>()
        .GroupBy(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>The cost of <paramref name="operation"/>, capped at <see cref="long.MaxValue"/>.</summary>
    public long Of(GraphQLOperationDefinition operation)
    {
        IGraphType? root = operation.Operation switch
        {
            OperationType.Mutation => schema.Mutation,
            OperationType.Subscription => schema.Subscription,
            _ => schema.Query,
        };
        var cost = SelectionSet(operation.SelectionSet, root, 1);
        return cost >= long.MaxValue ? long.MaxValue : (long)cost;
    }

    private double SelectionSet(GraphQLSelectionSet? set, IGraphType? type, double multiplier)
    {
        double cost = 0;
        foreach (var selection in set?.Selections ?? [])
        {
            cost += selection switch
            {
                GraphQLField field => Field(field, type, multiplier),
                GraphQLInlineFragment inline => SelectionSet(inline.SelectionSet, TypeOf(inline.TypeCondition, type),
                    multiplier),
                GraphQLFragmentSpread spread => multiplier * Fragment(spread.FragmentName.Name.StringValue),
                _ => 0,
            };
        }

        return cost;
    }

    private double Field(GraphQLField field, IGraphType? parent, double multiplier)
    {
        var definition = (parent as IComplexGraphType)?.GetField(field.Name.Value);
        if (definition is null)
        {
            return 0;
        }

        var nodes = Nodes(field, definition);
        var inner = multiplier * (nodes ?? 1);
        var own = nodes is null ? 0 : inner;
        return own + SelectionSet(field.SelectionSet, definition.ResolvedType?.GetNamedType(), inner);
    }

    /// <summary>The nodes one evaluation of the field returns, or null when it does not multiply.</summary>
    private double? Nodes(GraphQLField field, FieldType definition)
    {
        var values = argumentValues?.GetValueOrDefault(field);
        if (definition.Arguments?.Find("first") is not null || definition.Arguments?.Find("last") is not null)
        {
            return PageSize(values, "first") ?? PageSize(values, "last") ?? defaultPageSize;
        }

        if (definition.Arguments?.Find("ids") is not null
            && values?.TryGetValue("ids", out var ids) == true
            && ids.Value is ICollection collection)
        {
            return collection.Count;
        }

        return null;
    }

    private static double? PageSize(IDictionary<string, ArgumentValue>? values, string name) =>
        values?.TryGetValue(name, out var value) == true && value.Value is not null
            ? Math.Max(0, Convert.ToDouble(value.Value, System.Globalization.CultureInfo.InvariantCulture))
            : null;

    private double Fragment(string name)
    {
        if (fragmentCosts.TryGetValue(name, out var known))
        {
            return known ?? 0;
        }

        if (!fragments.TryGetValue(name, out var fragment))
        {
            return 0;
        }

        fragmentCosts[name] = null;
        var cost = SelectionSet(fragment.SelectionSet, TypeOf(fragment.TypeCondition, null), 1);
        fragmentCosts[name] = cost;
        return cost;
    }

    private IGraphType? TypeOf(GraphQLTypeCondition? condition, IGraphType? current) =>
        condition is null ? current : schema.AllTypes[condition.Type.Name.StringValue];
}
