using Gateway.Data;
using Gateway.Filtering;

namespace Gateway.Packages;

/// <summary>An item of the <c>order</c> list of Package connections: <c>PackageSortInput</c>.</summary>
public sealed class PackageSortInputType() : SortInputType<Package>(PackageFilters.Definition);
