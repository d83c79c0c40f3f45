using System.Text.Json.Nodes;
using Gateway.Benchmarks.Harness;

namespace Gateway.Benchmarks.Operations;

/// <summary>
/// The operations of issue 9, with the public names of issue 3. Both servers get the very same bytes;
/// the floor recognises a GraphQL operation by its name.
/// </summary>
internal static class OperationCatalog
{
    public const string PackageBySlug = "PackageBySlug";
    public const string PackagesByStars = "PackagesByStars";
    public const string GridWithPackages = "GridWithPackages";
    public const string FilteredPackages = "FilteredPackages";

    /// <summary>The host name both servers see, so that REST hyperlinks come out identical.</summary>
    public const string Host = "localhost";

    private static readonly int[] PageSizes = [5, 50, 100];

    public static IReadOnlyList<BenchOperation> Build(CatalogueSample sample, string? token, int threads)
    {
        var empty = sample.Packages == 0 ? "the demo catalogue is empty (seed not on main yet)" : null;
        return
        [
            GraphQl("1-package", "package by slug: category, grids, first 50 participants",
                new GraphQlDocument(PackageBySlug, """
                    query PackageBySlug($slug: String!, $first: Int!) {
                      package(slug: $slug) {
                        title slug repoUrl repoWatchers repoForks pypiVersion
                        category { title slug }
                        grids(first: 50) { totalCount nodes { title slug } }
                        participants(first: $first) { totalCount nodes { login } }
                      }
                    }
                    """, new JsonObject { ["slug"] = sample.PackageSlug, ["first"] = 50 }),
                "first", empty ?? Missing(sample.PackageSlug, "no package")),
            GraphQl("2-packages-by-stars", "50 packages by stars: category, 10 grids, 10 participants",
                new GraphQlDocument(PackagesByStars, """
                    query PackagesByStars($first: Int!) {
                      packages(first: $first, order: [{ repoWatchers: DESC }]) {
                        totalCount
                        pageInfo { hasNextPage hasPreviousPage }
                        nodes {
                          title slug repoWatchers
                          category { title }
                          grids(first: 10) { nodes { slug } }
                          participants(first: 10) { nodes { login } }
                        }
                      }
                    }
                    """, new JsonObject { ["first"] = 50 }),
                "first", empty),
            GraphQl("3-grid", "grid by slug: first 50 packages, 5 participants each",
                new GraphQlDocument(GridWithPackages, """
                    query GridWithPackages($slug: String!, $first: Int!) {
                      grid(slug: $slug) {
                        title slug
                        packages(first: $first) {
                          totalCount
                          nodes { title slug repoWatchers participants(first: 5) { nodes { login } } }
                        }
                      }
                    }
                    """, new JsonObject { ["slug"] = sample.GridSlug, ["first"] = 50 }),
                "first", empty ?? Missing(sample.GridSlug, "no grid")),
            GraphQl("4-filtered", $"title contains \"{sample.TitleWord}\", stars >= 100, by stars",
                new GraphQlDocument(FilteredPackages, """
                    query FilteredPackages($word: String!, $stars: Int!, $first: Int!) {
                      packages(
                        first: $first
                        where: { title: { contains: $word }, repoWatchers: { gte: $stars } }
                        order: [{ repoWatchers: DESC }]
                      ) {
                        totalCount
                        nodes { title slug repoWatchers }
                      }
                    }
                    """, new JsonObject
                {
                    ["word"] = sample.TitleWord,
                    ["stars"] = CatalogueSample.FilterMinimumStars,
                    ["first"] = 50,
                }),
                "first", empty ?? Missing(sample.TitleWord, "no title word")),
            Rest("5a-rest-packages-page", "/api/v4/packages/?limit=20&offset=100", empty),
            Rest("5b-rest-package", $"/api/v4/packages/{sample.RestPackageId}/", empty),
            Rest("5c-rest-grids", "/api/v4/grids/?limit=20", empty),
            UpdatePackage(sample, token, threads, empty),
        ];
    }

    public static Dictionary<string, string> JsonHeaders() => new()
    {
        ["Host"] = Host,
        ["Content-Type"] = "application/json",
        ["Accept"] = "application/json",
    };

    private static BenchOperation GraphQl(
        string key, string description, GraphQlDocument document, string pageSizeVariable, string? unavailable) =>
        new(key, description, OperationKind.GraphQlRead,
            new WrkRequest("POST", "/graphql", document.Body(), JsonHeaders()),
            document, pageSizeVariable, PageSizes, unavailable);

    private static BenchOperation Rest(string key, string path, string? unavailable) =>
        new(key, "REST " + path, OperationKind.Rest,
            new WrkRequest("GET", path, null, new Dictionary<string, string>
            {
                ["Host"] = Host,
                ["Accept"] = "application/json",
            }),
            Unavailable: unavailable);

    private static BenchOperation UpdatePackage(CatalogueSample sample, string? token, int threads, string? empty)
    {
        // The statement probe edits a package outside the timed runs' targets, so that both servers' copies
        // of those targets stay identical until the answers are compared.
        var headers = JsonHeaders();
        headers["Authorization"] = "Bearer " + token;
        return new BenchOperation("6-update-package", "updatePackage (new repoDescription) from 16 clients",
            OperationKind.Mutation,
            new WrkRequest("POST", "/graphql", MutationWorkload.Body(sample.MutationProbeTarget, 1, "bench probe"),
                headers),
            Unavailable: empty ?? (token is null ? "no token: the 'tokens create' verb is not in this build" : null),
            RequestForDatabase: database =>
                MutationWorkload.Request(database, sample.MutationTargets, token!, threads));
    }

    private static string? Missing(string? value, string reason) => value is null ? reason : null;
}
