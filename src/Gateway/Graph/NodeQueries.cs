using Gateway.Categories;
using Gateway.DataLoading;
using Gateway.Grids;
using Gateway.Packages;
using Gateway.Participants;
using Gateway.Relay;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace Gateway.Graph;

/// <summary>Relay object identification: <c>node(id:)</c> and <c>nodes(ids:)</c>.</summary>
public sealed class NodeQueries : IQueryFields
{
    private static readonly string[] NodeTypes =
    [
        PackageType.TypeName, CategoryType.TypeName, GridType.TypeName, ParticipantType.TypeName,
        FeatureType.TypeName, ElementType.TypeName,
    ];

    /// <inheritdoc/>
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NodeInterfaceType>("node")
            .Description("The object with this global id; null when it no longer exists. " +
                "An id that this API did not make is an error.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "A global id, taken from an object's id field.")
            .Resolve(c => Load(c, c.GetArgument<string>("id")));
        query.Field<NonNullGraphType<ListGraphType<NodeInterfaceType>>>("nodes")
            .Description($"The objects with these global ids, in the same order; null for each that no " +
                $"longer exists. At most {PageRequest.MaxSize} ids.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids",
                "Global ids, taken from objects' id fields.")
            .Resolve(c => LoadMany(c, c.GetArgument<List<string>>("ids")));
    }

    private static DeferredResult<IReadOnlyList<object?>> LoadMany(IResolveFieldContext context, List<string> ids)
    {
        if (ids.Count > PageRequest.MaxSize)
        {
            throw new GatewayError(ErrorCodes.InvalidPageSize,
                $"nodes got {ids.Count} ids; at most {PageRequest.MaxSize} are allowed per call.");
        }

        var pending = ids.Select(id => Load(context, id)).ToList();
        return new DeferredResult<IReadOnlyList<object?>>(async cancellationToken =>
        {
            var nodes = new List<object?>(pending.Count);
            foreach (var result in pending)
            {
                nodes.Add(await result.GetResultAsync(cancellationToken));
            }

            return nodes;
        });
    }

    private static IDataLoaderResult Load(IResolveFieldContext context, string id)
    {
        var (type, databaseId) = GlobalId.Decode(id, NodeTypes);
        return type switch
        {
            PackageType.TypeName => context.Loader<PackageByIdDataLoader>().Load(databaseId),
            CategoryType.TypeName => context.Loader<CategoryByIdDataLoader>().Load(databaseId),
            GridType.TypeName => context.Loader<GridByIdDataLoader>().Load(databaseId),
            ParticipantType.TypeName => context.Loader<ParticipantByIdDataLoader>().Load(databaseId),
            FeatureType.TypeName => context.Loader<FeatureByIdDataLoader>().Load(databaseId),
            _ => context.Loader<ElementByIdDataLoader>().Load(databaseId),
        };
    }
}
