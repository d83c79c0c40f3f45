using GraphQLParser.AST;

namespace Gateway.Hardening;

/// <summary>
/// The size of an operation with its fragments expanded: deepest nesting, field selections, aliases and
/// the most <c>ofType</c> selections on one path.
/// </summary>
/// <remarks>
/// Note: hand-written because GraphQL.NET's complexity analyser reports depth and a weighted total but
/// not fields, aliases or <c>ofType</c> nesting. Each fragment is measured once and reused, so a
/// document that spreads fragments into each other many times costs linear time to measure; a
/// fragment cycle counts as empty here and is reported by GraphQL.NET's own rule.
/// </remarks>
public readonly record struct DocumentShape(int Depth, long Fields, long Aliases, int OfTypeDepth)
{
    public static DocumentShape Measure(GraphQLOperationDefinition operation, GraphQLDocument document)
    {
        var fragments = document.Definitions
            .OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return new Measurer(fragments).SelectionSet(operation.SelectionSet);
    }

    private static DocumentShape Combine(DocumentShape a, DocumentShape b) => new(
        Math.Max(a.Depth, b.Depth),
        SaturatingAdd(a.Fields, b.Fields),
        SaturatingAdd(a.Aliases, b.Aliases),
        Math.Max(a.OfTypeDepth, b.OfTypeDepth));

    private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private sealed class Measurer(Dictionary<string, GraphQLFragmentDefinition> fragments)
    {
        private readonly Dictionary<string, DocumentShape?> measured = new(StringComparer.Ordinal);

        public DocumentShape SelectionSet(GraphQLSelectionSet? set)
        {
            var shape = default(DocumentShape);
            foreach (var selection in set?.Selections ?? [])
            {
                shape = Combine(shape, Selection(selection));
            }

            return shape;
        }

        private DocumentShape Selection(ASTNode selection) => selection switch
        {
            GraphQLField field => Field(field),
            GraphQLInlineFragment inline => SelectionSet(inline.SelectionSet),
            GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.StringValue),
            _ => default,
        };

        private DocumentShape Field(GraphQLField field)
        {
            var inner = SelectionSet(field.SelectionSet);
            var isOfType = field.Name.StringValue == "ofType";
            return new DocumentShape(
                inner.Depth + 1,
                SaturatingAdd(inner.Fields, 1),
                SaturatingAdd(inner.Aliases, field.Alias is null ? 0 : 1),
                inner.OfTypeDepth + (isOfType ? 1 : 0));
        }

        private DocumentShape Fragment(string name)
        {
            if (measured.TryGetValue(name, out var known))
            {
                return known ?? default;
            }

            if (!fragments.TryGetValue(name, out var fragment))
            {
                return default;
            }

            measured[name] = null;
            var shape = SelectionSet(fragment.SelectionSet);
            measured[name] = shape;
            return shape;
        }
    }
}
