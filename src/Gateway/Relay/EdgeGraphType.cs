using GraphQL;
using GraphQL.Types;

namespace Gateway.Relay;

/// <summary>The edge type of a connection of <typeparamref name="TNodeType"/>: <c>{Node}Edge</c>.</summary>
public sealed class EdgeGraphType<TNodeType> : ObjectGraphType<Edge>
    where TNodeType : IGraphType
{
    public EdgeGraphType()
    {
        var node = typeof(TNodeType).GraphQLName();
        Name = node + "Edge";
        Description = $"A {node} of a page, with the cursor that points at it.";
        Field<NonNullGraphType<StringGraphType>>("cursor")
            .Description("An opaque cursor for after/before, valid for the same field with the same order.")
            .Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node")
            .Description($"The {node}.")
            .Resolve(c => c.Source.Node);
    }
}
