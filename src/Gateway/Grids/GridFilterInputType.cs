using Gateway.Data;
using Gateway.Filtering;

namespace Gateway.Grids;

/// <summary>The <c>where</c> input of Grid connections: <c>GridFilterInput</c>.</summary>
public sealed class GridFilterInputType() : FilterInputType<Grid>(GridFilters.Definition);
