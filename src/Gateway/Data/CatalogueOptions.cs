namespace Gateway.Data;

/// <summary>The <c>Catalogue</c> configuration section: which store, and what to do with it at start-up.</summary>
public sealed class CatalogueOptions
{
    public const string SectionName = "Catalogue";

    /// <summary><c>sqlite</c> (default) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>
    /// Folder of the embedded SQLite file when <c>ConnectionStrings:Catalogue</c> is not set; relative
    /// paths are taken from the current directory.
    /// </summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Apply pending migrations when the server starts.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Fill an empty catalogue with the demo catalogue when the server starts.</summary>
    public bool SeedWhenEmpty { get; set; } = true;

    public CatalogueProvider ParseProvider() => Provider.Trim().ToLowerInvariant() switch
    {
        "sqlite" => CatalogueProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => CatalogueProvider.Postgres,
        _ => throw new InvalidOperationException(
            $"Catalogue:Provider is '{Provider}'; it must be 'sqlite' or 'postgres'."),
    };
}
