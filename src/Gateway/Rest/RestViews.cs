namespace Gateway.Rest;

/// <summary>The views of the site's v4 router, named and described as DRF names and describes them.</summary>
internal static class RestViews
{
    private const string PackageDescription = "API endpoint that allows packages to be viewed or edited.";
    private const string RootDescription = "The default basic root view for DefaultRouter";
    private const string SearchDescription =
        "Accepts a 'q' GET parameter.\n\nReturns SearchV3 (PostgreSQL FTS) results.";

    /// <summary>The resources in the order the site registers them, which is the order of the root's keys.</summary>
    public static readonly RestResource[] Registered =
        [RestResource.Packages, RestResource.Search, RestResource.Grids, RestResource.Categories];

    private static readonly RestView Root = new("Api Root", RootDescription, Paragraphs(RootDescription));
    private static readonly RestView PackageList = Described("Package List", PackageDescription);
    private static readonly RestView PackageInstance = Described("Package Instance", PackageDescription);
    private static readonly RestView SearchList = Described("Search V3 List", SearchDescription);
    private static readonly RestView GridList = Described("Grid List", "");
    private static readonly RestView GridInstance = Described("Grid Instance", "");
    private static readonly RestView CategoryList = Described("Category List", "");
    private static readonly RestView CategoryInstance = Described("Category Instance", "");

    public static RestView For(RestRoute route) => (route.Resource, route.IsDetail) switch
    {
        (RestResource.Packages, false) => PackageList,
        (RestResource.Packages, true) => PackageInstance,
        (RestResource.Search, _) => SearchList,
        (RestResource.Grids, false) => GridList,
        (RestResource.Grids, true) => GridInstance,
        (RestResource.Categories, false) => CategoryList,
        (RestResource.Categories, true) => CategoryInstance,
        _ => Root,
    };

    private static RestView Described(string name, string description) =>
        new(name, description, Paragraphs(description));

    /// <summary>Markdown's rendering of plain paragraphs: each in <c>&lt;p&gt;</c>, joined by a newline.</summary>
    private static string Paragraphs(string description) =>
        description.Length == 0
            ? ""
            : string.Join('\n', description.Split("\n\n").Select(p => "<p>" + MarkdownEscape(p) + "</p>"));

    /// <summary>Markdown escapes only the characters that would start markup; quotes stay as they are.</summary>
    private static string MarkdownEscape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
}
