namespace Gateway.Rest;

/// <summary>
/// What DRF knows of the view behind a URL: its name (<c>get_view_name</c>: the view set's class name in
/// words plus "List" or "Instance"), its description (the class docstring, dedented), and that description
/// as the browsable page shows it (through Python-Markdown, which the site has installed).
/// </summary>
internal sealed record RestView(string Name, string Description, string DescriptionHtml);
