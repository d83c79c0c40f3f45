namespace Gateway.Data;

/// <summary>Which store this process was configured with, for code whose SQL differs by store.</summary>
public sealed record CatalogueStore(CatalogueProvider Provider);
