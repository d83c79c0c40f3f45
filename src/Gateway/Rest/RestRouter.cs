namespace Gateway.Rest;

/// <summary>
/// Matches the part of a path after <c>/api/v4/</c> as the site's DRF <c>DefaultRouter</c> does with format
/// suffixes: <c>""</c>, <c>.json</c>, <c>packages/</c>, <c>packages.json</c>, <c>packages/6045/</c>,
/// <c>packages/6045.json</c> (a suffix may end in a slash); lookups are <c>[^/.]+</c>, formats
/// <c>[a-z0-9]+</c>, and <c>search</c> has no detail URL.
/// </summary>
/// <remarks>Hand-written instead of ASP.NET route templates, which cannot express the optional suffixes.</remarks>
internal static class RestRouter
{
    private static readonly RestResource[] Resources =
        [RestResource.Packages, RestResource.Search, RestResource.Grids, RestResource.Categories];

    /// <summary>The route for <paramref name="rest"/>, or null when the router has none.</summary>
    public static RestRoute? Match(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty)
        {
            return new RestRoute(RestResource.Root, null, null);
        }

        if (rest[0] == '.')
        {
            var rootFormat = Suffix(rest[1..]);
            return rootFormat is null ? null : new RestRoute(RestResource.Root, null, rootFormat);
        }

        foreach (var resource in Resources)
        {
            var segment = RestRoute.Segment(resource);
            if (!rest.StartsWith(segment, StringComparison.Ordinal) || rest.Length == segment.Length)
            {
                continue;
            }

            var after = rest[segment.Length..];
            if (after[0] == '.')
            {
                var listFormat = Suffix(after[1..]);
                return listFormat is null ? null : new RestRoute(resource, null, listFormat);
            }

            if (after[0] != '/')
            {
                continue;
            }

            after = after[1..];
            if (after.IsEmpty)
            {
                return new RestRoute(resource, null, null);
            }

            return resource == RestResource.Search ? null : Detail(resource, after);
        }

        return null;
    }

    private static RestRoute? Detail(RestResource resource, ReadOnlySpan<char> after)
    {
        var end = after.IndexOfAny('/', '.');
        if (end <= 0)
        {
            return null;
        }

        var lookup = after[..end].ToString();
        if (after[end] == '/')
        {
            return end == after.Length - 1 ? new RestRoute(resource, lookup, null) : null;
        }

        var format = Suffix(after[(end + 1)..]);
        return format is null ? null : new RestRoute(resource, lookup, format);
    }

    /// <summary>The format of a suffix <c>[a-z0-9]+/?</c> (the text after the dot), or null.</summary>
    private static string? Suffix(ReadOnlySpan<char> text)
    {
        if (text.EndsWith("/"))
        {
            text = text[..^1];
        }

        if (text.IsEmpty)
        {
            return null;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c))
            {
                return null;
            }
        }

        return text.ToString();
    }
}
