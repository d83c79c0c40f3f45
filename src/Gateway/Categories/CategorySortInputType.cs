using Gateway.Data;
using Gateway.Filtering;

namespace Gateway.Categories;

/// <summary>An item of the <c>order</c> list of Category connections: <c>CategorySortInput</c>.</summary>
public sealed class CategorySortInputType() : SortInputType<Category>(CategoryFilters.Definition);
