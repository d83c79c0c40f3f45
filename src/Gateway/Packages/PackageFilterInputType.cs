using Gateway.Data;
using Gateway.Filtering;

namespace Gateway.Packages;

/// <summary>The <c>where</c> input of Package connections: <c>PackageFilterInput</c>.</summary>
public sealed class PackageFilterInputType() : FilterInputType<Package>(PackageFilters.Definition);
