using Gateway.Data;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Filtering;

/// <summary>
/// Unicode-aware case folding inside SQL, the same on both stores: the case-insensitive filter
/// operators compare <c>Fold(column)</c> with <c>Fold(value)</c>.
/// </summary>
/// <remarks>
/// Note: SQLite's own <c>lower()</c> and <c>LIKE</c> fold ASCII letters only ("É" stays "É"), so on
/// SQLite <see cref="Fold"/> is a function registered on every connection
/// (<see cref="SqliteTextFoldingInterceptor"/>) that lowers with .NET's invariant culture. PostgreSQL's
/// <c>lower()</c> folds with the database's character-type locale (glibc's Unicode tables for any UTF-8
/// locale), which maps the same letters. A stored folded column was the alternative: it would allow an
/// index for <c>eqi</c>, but every writer (imports, mutations) would have to keep it, and
/// <c>containsi</c> cannot use a B-tree index anyway. The catalogue is small enough to scan.
/// </remarks>
public static class TextFolding
{
    /// <summary>The name of the SQLite function behind <see cref="Fold"/>.</summary>
    public const string SqliteFunctionName = "gateway_fold";

    /// <summary>
    /// Lower-cases <paramref name="value"/> with Unicode's simple case mapping, as PostgreSQL does; in
    /// queries it runs in SQL.
    /// </summary>
    /// <remarks>
    /// Note: .NET's invariant lower-casing leaves "İ" (U+0130) as it is, where Unicode and glibc map it to
    /// "i"; that one letter is mapped here so that both stores give the same answer.
    /// </remarks>
    public static string? Fold(string? value) => value?.ToLowerInvariant().Replace('\u0130', 'i');

    /// <summary>Maps <see cref="Fold"/> to the store's SQL function.</summary>
    public static void MapFunctions(ModelBuilder modelBuilder, CatalogueProvider provider)
    {
        var fold = typeof(TextFolding).GetMethod(nameof(Fold))!;
        var name = provider == CatalogueProvider.Sqlite ? SqliteFunctionName : "lower";
        // Note: a function mapped by name (not by a translation callback) lets the model be compiled
        // ahead of time (Data/CompiledModels), which a start would otherwise spend building it.
        modelBuilder.HasDbFunction(fold).HasName(name).IsBuiltIn();
    }
}
