using Gateway.Data;
using Microsoft.EntityFrameworkCore;

// Note: lower-casing both sides is what translates to SQL the same way on SQLite and PostgreSQL; the
// StringComparison overloads CA1862 asks for do not translate.
#pragma warning disable CA1862

namespace Gateway.Rest;

/// <summary>
/// A stand-in for the site's full-text search until the gateway's search service is wired in: packages and
/// grids whose title, slug or description contains the query (case-insensitive), ranked by where it matched
/// (title, then slug, then description), then by score, then by title.
/// </summary>
/// <remarks>
/// TODO(search): no stemming, no phrase or exclusion syntax, no typo tolerance and no usage counts, unlike
/// the site's PostgreSQL full-text and trigram search; the weight shown is the package's score (0 for grids)
/// instead of the site's rule-based weight, and <c>last_released</c> is always null (no release data).
/// </remarks>
internal sealed class CatalogueRestSearch(CatalogueDbContext db) : IRestSearch
{
    public async Task<IReadOnlyList<RestSearchHit>> SearchAsync(
        string query, int limit, CancellationToken cancellationToken)
    {
        var term = query.Trim().ToLowerInvariant();
        if (term.Length == 0)
        {
            return [];
        }

        var packages = await db.Packages
            .Where(p => p.Title.ToLower().Contains(term) || p.Slug.ToLower().Contains(term)
                || p.RepoDescription.ToLower().Contains(term))
            .OrderByDescending(p => p.Score)
            .ThenBy(p => p.Title)
            .Take(limit)
            .Select(p => new
            {
                p.Id,
                Hit = new RestSearchHit
                {
                    ItemType = "package",
                    Title = p.Title,
                    Slug = p.Slug,
                    Description = p.RepoDescription,
                    Category = p.Category!.Title,
                    Weight = p.Score,
                    RepoWatchers = p.RepoWatchers,
                    RepoForks = p.RepoForks,
                    PypiDownloads = p.PypiDownloads,
                    Score = p.Score,
                    LastCommitted = p.LastUpdated,
                    Created = p.Created,
                    Modified = p.Modified,
                },
            })
            .ToListAsync(cancellationToken);
        var ids = packages.Select(p => p.Id).ToArray();
        var logins = (await db.PackageParticipants
                .Where(pp => ids.Contains(pp.PackageId))
                .OrderBy(pp => pp.PackageId)
                .ThenBy(pp => pp.Position)
                .Select(pp => new { pp.PackageId, pp.Participant!.Login })
                .ToListAsync(cancellationToken))
            .ToLookup(pp => pp.PackageId, pp => pp.Login);
        var grids = await db.Grids
            .Where(g => g.Title.ToLower().Contains(term) || g.Slug.ToLower().Contains(term)
                || g.Description.ToLower().Contains(term))
            .OrderBy(g => g.Title)
            .Take(limit)
            .Select(g => new RestSearchHit
            {
                ItemType = "grid",
                Title = g.Title,
                Slug = g.Slug,
                Description = g.Description,
                Created = g.Created,
                Modified = g.Modified,
            })
            .ToListAsync(cancellationToken);

        return packages
            .Select(p => p.Hit with { Participants = string.Join(',', logins[p.Id]) })
            .Concat(grids)
            .OrderBy(h => Rank(h, term))
            .ThenByDescending(h => h.Weight)
            .ThenBy(h => h.Title, StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }

    private static int Rank(RestSearchHit hit, string term) =>
        hit.Title.Contains(term, StringComparison.OrdinalIgnoreCase) ? 0
        : hit.Slug.Contains(term, StringComparison.OrdinalIgnoreCase) ? 1
        : 2;
}
