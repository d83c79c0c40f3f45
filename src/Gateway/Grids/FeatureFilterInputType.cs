using Gateway.Data;
using Gateway.Filtering;

namespace Gateway.Grids;

/// <summary>The <c>where</c> input of Feature connections: <c>FeatureFilterInput</c>.</summary>
public sealed class FeatureFilterInputType() : FilterInputType<Feature>(FeatureFilters.Definition);
