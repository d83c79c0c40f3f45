using Gateway.Data;
using Gateway.Filtering;

namespace Gateway.Grids;

/// <summary>An item of the <c>order</c> list of Feature connections: <c>FeatureSortInput</c>.</summary>
public sealed class FeatureSortInputType() : SortInputType<Feature>(FeatureFilters.Definition);
