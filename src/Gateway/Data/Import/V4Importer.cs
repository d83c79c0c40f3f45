using Microsoft.EntityFrameworkCore;

namespace Gateway.Data.Import;

/// <summary>
/// Loads a v4 dump into the catalogue: upserts categories, grids and packages by their v4 ids, upserts
/// participants by login, and replaces memberships and participant lists where they differ. Everything
/// happens in one transaction: bad input leaves the store exactly as it was.
/// </summary>
public sealed partial class V4Importer(
    IDbContextFactory<CatalogueDbContext> contexts,
    TimeProvider clock,
    ILogger<V4Importer> logger)
{
    /// <summary>Progress is reported every this many records.</summary>
    public const int ProgressEvery = 500;

    /// <summary>Reads a folder, a file or a v4 base URL (<c>http(s)://host/api/v4/</c>) and imports it.</summary>
    public async Task<ImportSummary> ImportAsync(
        string pathOrUrl, HttpClient http, Action<string>? progress, CancellationToken cancellationToken)
    {
        var isUrl = Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
        var dump = isUrl
            ? await new V4HttpSource(http, uri!).ReadAsync(progress, cancellationToken)
            : await new V4FolderSource(pathOrUrl).ReadAsync(progress, cancellationToken);
        return await ImportAsync(dump, progress, cancellationToken);
    }

    /// <summary>Imports records already read and parsed.</summary>
    public async Task<ImportSummary> ImportAsync(
        V4Dump dump, Action<string>? progress, CancellationToken cancellationToken)
    {
        LogStarting(dump.Categories.Count, dump.Grids.Count, dump.Packages.Count);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var run = new V4ImportRun(db, dump, clock.GetUtcNow().UtcDateTime, progress);
        await run.LoadAndCheckAsync(cancellationToken);
        var summary = await run.WriteAsync(cancellationToken);
        await IdentitySequences.CatchUpAsync(db, cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        LogFinished(summary.Inserted, summary.Updated, summary.Unchanged, summary.ParticipantsAdded);
        return summary;
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Information,
        Message = "Importing {Categories} categories, {Grids} grids and {Packages} packages")]
    private partial void LogStarting(int categories, int grids, int packages);

    [LoggerMessage(EventId = 21, Level = LogLevel.Information,
        Message = "Import done: {Inserted} inserted, {Updated} updated, {Unchanged} unchanged, "
            + "{Participants} new participants")]
    private partial void LogFinished(int inserted, int updated, int unchanged, int participants);
}
