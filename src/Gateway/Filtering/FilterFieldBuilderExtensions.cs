using GraphQL.Builders;
using GraphQL.Types;

namespace Gateway.Filtering;

/// <summary>Declares <c>where</c> and <c>order</c> on a connection field.</summary>
public static class FilterFieldBuilderExtensions
{
    /// <summary>Adds <c>where: {filterType}</c> and <c>order: [{sortType}!]</c>, described.</summary>
    public static FieldBuilder<TSource, TReturn> FilterArguments<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field, Type filterType, Type sortType) => field
        .Argument(filterType, FilterContext.WhereArgument, a => a.Description =
            $"Only nodes matching this filter; at most {FilterTranslator.MaxOperatorNodes} operators and " +
            $"{FilterTranslator.MaxInValues} values per in/nin list. Paging, totalCount and aggregates all use it.")
        .Argument(typeof(ListGraphType<>).MakeGenericType(typeof(NonNullGraphType<>).MakeGenericType(sortType)),
            FilterContext.OrderArgument, a => a.Description =
            "Sort keys, most significant first, one field per item: [{ repoWatchers: DESC }, { title: ASC }]. " +
            "Ties end with the database id; without order the connection's default order applies.");
}
