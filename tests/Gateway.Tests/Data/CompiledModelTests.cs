using Gateway.Data;
using Gateway.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Gateway.Tests.Data;

/// <summary>
/// The stores run on compiled models (<c>src/Gateway/Data/CompiledModels</c>, made by <c>dotnet ef dbcontext
/// optimize</c>); a model change that was not compiled again would be silently ignored at run time.
/// </summary>
public sealed class CompiledModelTests
{
    private const MetadataDebugStringOptions WithoutAnnotations =
        MetadataDebugStringOptions.LongDefault & ~MetadataDebugStringOptions.IncludeAnnotations;

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task The_compiled_model_in_use_is_the_model_the_configuration_builds(CatalogueProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var db = store.CreateContext();

        var compiled = db.Model;
        var built = db.GetService<IDesignTimeModel>().Model;

        Assert.StartsWith("Gateway.Data.CompiledModels.", compiled.GetType().FullName, StringComparison.Ordinal);
        Assert.Equal(EntityTypes(built), EntityTypes(compiled));
        Assert.Equal(Tables(built), Tables(compiled));
        Assert.Equal(Functions(built), Functions(compiled));
    }

    /// <summary>
    /// The mapped entity types with their properties, keys, navigations and indexes. (The run-time model
    /// also gathers ad-hoc types, those of raw SQL queries, as the process runs; they are left out.)
    /// </summary>
    private static List<string> EntityTypes(IModel model) =>
    [
        .. model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal)
            .Select(e => e.ToDebugString(WithoutAnnotations)),
    ];

    /// <summary>
    /// What the store's SQL is written from: tables, columns with store types and nullability, keys and
    /// indexes (the sort order of index columns only matters to migrations, which compiled models omit).
    /// </summary>
    private static List<string> Tables(IModel model) =>
    [
        .. model.GetRelationalModel().Tables.OrderBy(t => t.Name, StringComparer.Ordinal).SelectMany(table =>
            new[] { "table " + table.Name }
                .Concat(table.Columns.Select(c => $"  {c.Name} {c.StoreType} {(c.IsNullable ? "null" : "not null")}"))
                .Concat(table.UniqueConstraints.Select(k => $"  key {k.Name} ({Columns(k.Columns)})"))
                .Concat(table.ForeignKeyConstraints.Select(k =>
                    $"  fk {k.Name} ({Columns(k.Columns)}) -> {k.PrincipalTable.Name} {k.OnDeleteAction}"))
                .Concat(table.Indexes.Select(i =>
                    $"  index {i.Name} ({Columns(i.Columns)}) unique={i.IsUnique} filter={i.Filter}"))
                .OrderBy(line => line, StringComparer.Ordinal)),
    ];

    private static List<string> Functions(IModel model) =>
    [
        .. model.GetDbFunctions().Select(f => $"{f.ModelName} -> {f.Name} builtIn={f.IsBuiltIn}")
            .Order(StringComparer.Ordinal),
    ];

    private static string Columns(IEnumerable<IColumn> columns) => string.Join(", ", columns.Select(c => c.Name));
}
