namespace Gateway.Data;

/// <summary>The stores the catalogue runs on.</summary>
public enum CatalogueProvider
{
    /// <summary>An embedded SQLite file: the default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: the production store.</summary>
    Postgres,
}
