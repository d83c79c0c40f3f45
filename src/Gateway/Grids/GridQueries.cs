using Gateway.Data;
using Gateway.DataLoading;
using Gateway.Filtering;
using Gateway.Graph;
using Gateway.Relay;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Grids;

/// <summary>The <c>Query</c> fields of grids: <c>grids</c> and <c>grid(slug:)</c>.</summary>
public sealed class GridQueries : IQueryFields
{
    /// <inheritdoc/>
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionGraphType<GridType>>>("grids")
            .Description("All grids, by databaseId ascending.")
            .PagingArguments()
            .FilterArguments(typeof(GridFilterInputType), typeof(GridSortInputType))
            .ResolveAsync(async c =>
            {
                var arguments = ConnectionArgumentsReader.Read<Grid>(c, GridType.FieldColumns);
                return await FilteredConnection.LoadAsync(c, arguments,
                    db => db.Grids,
                    x => x,
                    new SortSpec<Grid>(),
                    x => x.Id);
            });
        query.Field<GridType>("grid")
            .Description("The grid with this slug; null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The grid's slug, exact.")
            .Resolve(c => c.Loader<GridBySlugDataLoader>().Load(c.GetArgument<string>("slug")));
    }
}
