using Gateway.Data;
using Gateway.Filtering;

namespace Gateway.Grids;

/// <summary>An item of the <c>order</c> list of Grid connections: <c>GridSortInput</c>.</summary>
public sealed class GridSortInputType() : SortInputType<Grid>(GridFilters.Definition);
