using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Gateway.Data;

/// <summary>The catalogue on an embedded SQLite file.</summary>
public sealed class SqliteCatalogueDbContext(DbContextOptions<SqliteCatalogueDbContext> options)
    : CatalogueDbContext(options)
{
    public override CatalogueProvider Provider => CatalogueProvider.Sqlite;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Note: SQLite keeps timestamps as ISO text without a zone; every timestamp of the model is UTC,
        // so the kind is restored on the way out. The text form sorts in time order.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        value => value,
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
