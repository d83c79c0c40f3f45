using Gateway.Editing;
using GraphQL.Types;

namespace Gateway.Graph;

/// <summary>The gateway's GraphQL schema.</summary>
public sealed class GatewaySchema : Schema
{
    public GatewaySchema(IServiceProvider services, QueryType query, MutationType mutation)
        : base(services)
    {
        Description = "The Django Packages catalogue as a graph.";
        Query = query;
        Mutation = mutation;
        RegisterTypeMapping(typeof(DateTime), typeof(UtcDateTimeGraphType));
    }
}
