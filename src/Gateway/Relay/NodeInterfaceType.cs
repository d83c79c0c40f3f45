using GraphQL.Types;

namespace Gateway.Relay;

/// <summary>The Relay <c>Node</c> interface: anything that can be fetched again by its global id.</summary>
public sealed class NodeInterfaceType : InterfaceGraphType
{
    public NodeInterfaceType()
    {
        Name = "Node";
        Description = "An object with a stable global id, which Query.node and Query.nodes fetch again.";
        Field<NonNullGraphType<IdGraphType>>("id")
            .Description("The object's global id: opaque, stable, unique across all types.");
    }
}
