using System.Globalization;
using System.Text;
using Gateway.Data;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Tests.Data;

/// <summary>
/// A canonical text dump of a catalogue store: every row of every catalogue table, ordered by key, each
/// value in one invariant form, so that two stores (or one store at two moments) compare as strings.
/// </summary>
public static class CatalogueDump
{
    public static async Task<string> WriteAsync(CatalogueDbContext db, bool withVersions = true)
    {
        var text = new StringBuilder();
        foreach (var c in await db.Categories.OrderBy(c => c.Id).ToListAsync())
        {
            Line(text, "category", c.Id, c.Title, c.Slug, c.Description, c.TitlePlural, c.ShowPypi, c.Created,
                c.Modified, withVersions ? c.Version : null, c.ModifiedBy);
        }

        foreach (var g in await db.Grids.OrderBy(g => g.Id).ToListAsync())
        {
            Line(text, "grid", g.Id, g.Title, g.Slug, g.Description, g.IsLocked, g.Header, g.Created, g.Modified,
                withVersions ? g.Version : null, g.ModifiedBy);
        }

        foreach (var p in await db.Packages.OrderBy(p => p.Id).ToListAsync())
        {
            Line(text, "package", p.Id, p.Title, p.Slug, p.CategoryId, p.RepoUrl, p.RepoDescription, p.RepoWatchers,
                p.RepoForks, p.PypiUrl, p.PypiVersion, p.DocumentationUrl, p.LastUpdated, p.LastFetched,
                string.Join(',', p.CommitsOver52), p.CommitCount, p.PypiDownloads, p.PypiLicense,
                p.PypiRequiresPython, p.SupportsPython3, p.Score, p.DateDeprecated, p.DeprecatedById, p.Created,
                p.Modified, withVersions ? p.Version : null, p.ModifiedBy);
        }

        foreach (var p in await db.Participants.OrderBy(p => p.Id).ToListAsync())
        {
            Line(text, "participant", p.Id, p.Login);
        }

        var lists = await db.PackageParticipants.OrderBy(pp => pp.PackageId).ThenBy(pp => pp.Position).ToListAsync();
        foreach (var pp in lists)
        {
            Line(text, "package_participant", pp.PackageId, pp.Position, pp.ParticipantId);
        }

        foreach (var gp in await db.GridPackages.OrderBy(gp => gp.Id).ToListAsync())
        {
            Line(text, "grid_package", gp.Id, gp.GridId, gp.PackageId, gp.Created, gp.Modified);
        }

        foreach (var f in await db.Features.OrderBy(f => f.Id).ToListAsync())
        {
            Line(text, "feature", f.Id, f.GridId, f.Title, f.Description, f.Created, f.Modified, f.Version);
        }

        foreach (var e in await db.Elements.OrderBy(e => e.Id).ToListAsync())
        {
            Line(text, "element", e.Id, e.FeatureId, e.PackageId, e.Text, e.Created, e.Modified, e.Version);
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string table, params object?[] values)
    {
        text.Append(table);
        foreach (var value in values)
        {
            text.Append('|').Append(value switch
            {
                null => "<null>",
                DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
                bool flag => flag ? "true" : "false",
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                _ => value.ToString()!.Replace("|", "\\|", StringComparison.Ordinal),
            });
        }

        text.Append('\n');
    }
}
