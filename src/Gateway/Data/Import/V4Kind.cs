namespace Gateway.Data.Import;

/// <summary>The three v4 collections an import reads, in the order it reads them.</summary>
public enum V4Kind
{
    /// <summary><c>/api/v4/categories/</c>, files <c>categories*.json</c>.</summary>
    Categories,

    /// <summary><c>/api/v4/grids/</c>, files <c>grids*.json</c>.</summary>
    Grids,

    /// <summary><c>/api/v4/packages/</c>, files <c>packages*.json</c>.</summary>
    Packages,
}
