using Gateway.Data;
using Gateway.Filtering;

namespace Gateway.Categories;

/// <summary>The <c>where</c> input of Category connections: <c>CategoryFilterInput</c>.</summary>
public sealed class CategoryFilterInputType() : FilterInputType<Category>(CategoryFilters.Definition);
