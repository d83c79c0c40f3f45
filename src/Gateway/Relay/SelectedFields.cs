using GraphQL;
using GraphQLParser.AST;

namespace Gateway.Relay;

/// <summary>Which fields a document selects on the nodes of a connection field.</summary>
public static class SelectedFields
{
    /// <summary>
    /// The names of the fields selected on the connection's nodes (under <c>nodes</c> and
    /// <c>edges { node }</c>), fragments included. Directives are ignored, so the set may be larger
    /// than what is finally resolved, never smaller.
    /// </summary>
    public static IReadOnlySet<string> OnConnectionNodes(IResolveFieldContext context)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in Fields(context.FieldAst.SelectionSet, context.Document))
        {
            if (field.Name.StringValue == "nodes")
            {
                Collect(field.SelectionSet, context.Document, names);
            }
            else if (field.Name.StringValue == "edges")
            {
                foreach (var edgeField in Fields(field.SelectionSet, context.Document))
                {
                    if (edgeField.Name.StringValue == "node")
                    {
                        Collect(edgeField.SelectionSet, context.Document, names);
                    }
                }
            }
        }

        return names;
    }

    /// <summary>
    /// Whether the connection field selects a cursor: <c>edges { cursor }</c> or <c>pageInfo { startCursor }</c>
    /// or <c>endCursor</c>, fragments included. Directives are ignored, so it may say yes for a cursor that
    /// is skipped, never no for one that is read.
    /// </summary>
    public static bool ReadsCursors(IResolveFieldContext context)
    {
        foreach (var field in Fields(context.FieldAst.SelectionSet, context.Document))
        {
            var name = field.Name.StringValue;
            if ((name == "edges" || name == "pageInfo")
                && Fields(field.SelectionSet, context.Document).Any(f => f.Name.StringValue is "cursor"
                    or "startCursor" or "endCursor"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The names of the fields selected directly on the object the field returns.</summary>
    public static IReadOnlySet<string> OnObject(IResolveFieldContext context)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        Collect(context.FieldAst.SelectionSet, context.Document, names);
        return names;
    }

    private static void Collect(GraphQLSelectionSet? selectionSet, GraphQLDocument document, HashSet<string> names)
    {
        foreach (var field in Fields(selectionSet, document))
        {
            names.Add(field.Name.StringValue);
        }
    }

    private static IEnumerable<GraphQLField> Fields(GraphQLSelectionSet? selectionSet, GraphQLDocument document)
    {
        if (selectionSet is null)
        {
            yield break;
        }

        foreach (var selection in selectionSet.Selections)
        {
            var nested = selection switch
            {
                GraphQLField field => [field],
                GraphQLInlineFragment inline => Fields(inline.SelectionSet, document),
                GraphQLFragmentSpread spread => Fields(Fragment(document, spread)?.SelectionSet, document),
                _ => [],
            };
            foreach (var field in nested)
            {
                yield return field;
            }
        }
    }

    private static GraphQLFragmentDefinition? Fragment(GraphQLDocument document, GraphQLFragmentSpread spread) =>
        document.Definitions
            .OfType<GraphQLFragmentDefinition>()
            .FirstOrDefault(f => f.FragmentName.Name.Value.Span.SequenceEqual(spread.FragmentName.Name.Value.Span));
}
