using Gateway.Data;
using Gateway.DataLoading;
using Gateway.Filtering;
using Gateway.Graph;
using Gateway.Relay;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Packages;

/// <summary>The <c>Query</c> fields of packages: <c>packages</c> and <c>package(slug:)</c>.</summary>
public sealed class PackageQueries : IQueryFields
{
    /// <inheritdoc/>
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionGraphType<PackageType>>>("packages")
            .Description("All packages of the catalogue, by databaseId ascending.")
            .PagingArguments()
            .FilterArguments(typeof(PackageFilterInputType), typeof(PackageSortInputType))
            .ResolveAsync(async c =>
            {
                var arguments = ConnectionArgumentsReader.Read<Package>(c, PackageType.FieldColumns);
                return await FilteredConnection.LoadAsync(c, arguments,
                    db => db.Packages,
                    x => x,
                    new SortSpec<Package>(),
                    x => x.Id);
            });
        query.Field<PackageType>("package")
            .Description("The package with this slug; null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The package's slug, exact.")
            .Resolve(c => c.Loader<PackageBySlugDataLoader>().Load(c.GetArgument<string>("slug")));
    }
}
