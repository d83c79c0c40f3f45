namespace Gateway.Rest;

/// <summary>
/// DRF's <c>DefaultContentNegotiation</c> over the JSON and browsable renderers: a format (suffix or
/// <c>?format=</c>) first narrows the renderers (an unknown one is a 404); then the <c>Accept</c> entries are
/// taken from the most specific to the least (<c>q</c> is ignored, as DRF ignores it), and within one level
/// the first renderer that matches wins. Nothing matching is a 406.
/// </summary>
internal readonly record struct RestNegotiation(RestRenderer Renderer, string AcceptedMediaType, int? Failure)
{
    private static readonly (RestRenderer Renderer, string Format, string MediaType)[] Renderers =
        [(RestRenderer.Json, "json", "application/json"), (RestRenderer.BrowsableApi, "api", "text/html")];

    /// <summary>
    /// The JSON indentation asked for by <c>Accept: application/json; indent=N</c> (0 to 8; 0 is none).
    /// </summary>
    public int? JsonIndent
    {
        get
        {
            var (_, parameters) = MediaType.ParseHeader(AcceptedMediaType);
            if (!parameters.TryGetValue("indent", out var text) || PythonInt.Parse(text) is not { } indent)
            {
                return null;
            }

            var clamped = (int)System.Numerics.BigInteger.Clamp(indent, 0, 8);
            return clamped == 0 ? null : clamped;
        }
    }

    public static RestNegotiation Select(string? format, string? accept)
    {
        var renderers = Renderers.Where(r => format is null || r.Format == format).ToArray();
        if (renderers.Length == 0)
        {
            return new RestNegotiation(RestRenderer.Json, "application/json", StatusCodes.Status404NotFound);
        }

        var entries = (accept ?? "*/*").Split(',').Select(e => new MediaType(e.Trim())).ToArray();
        for (var precedence = 3; precedence >= 0; precedence--)
        {
            foreach (var (renderer, _, mediaType) in renderers)
            {
                foreach (var entry in entries)
                {
                    if (entry.Precedence == precedence && entry.Accepts(mediaType))
                    {
                        return new RestNegotiation(renderer, entry.AcceptedAs(mediaType), null);
                    }
                }
            }
        }

        return new RestNegotiation(RestRenderer.Json, "application/json", StatusCodes.Status406NotAcceptable);
    }
}
