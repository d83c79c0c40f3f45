using Gateway.Data;
using Gateway.DataLoading;
using Gateway.Filtering;
using Gateway.Graph;
using Gateway.Relay;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Categories;

/// <summary>The <c>Query</c> fields of categories: <c>categories</c> and <c>category(slug:)</c>.</summary>
public sealed class CategoryQueries : IQueryFields
{
    /// <inheritdoc/>
    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionGraphType<CategoryType>>>("categories")
            .Description("All categories, by databaseId ascending.")
            .PagingArguments()
            .FilterArguments(typeof(CategoryFilterInputType), typeof(CategorySortInputType))
            .ResolveAsync(async c =>
            {
                var arguments = ConnectionArgumentsReader.Read<Category>(c, CategoryType.FieldColumns);
                return await FilteredConnection.LoadAsync(c, arguments,
                    db => db.Categories,
                    x => x,
                    new SortSpec<Category>(),
                    x => x.Id);
            });
        query.Field<CategoryType>("category")
            .Description("The category with this slug; null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The category's slug, exact.")
            .Resolve(c => c.Loader<CategoryBySlugDataLoader>().Load(c.GetArgument<string>("slug")));
    }
}
