namespace Gateway.Rest;

/// <summary>The <c>Rest</c> configuration section of the v4 shim.</summary>
public sealed class RestOptions
{
    public const string SectionName = "Rest";

    /// <summary>The zone datetimes are shown in: the site's <c>TIME_ZONE</c> (an IANA name).</summary>
    public string TimeZone { get; set; } = "America/New_York";

    /// <summary>The page size of lists when <c>limit</c> is absent or unusable: the site's <c>PAGE_SIZE</c>.</summary>
    public int PageSize { get; set; } = 20;

    /// <summary>The most results <c>/search/</c> returns, as the site slices them.</summary>
    public int SearchLimit { get; set; } = 20;

    /// <summary>
    /// Addresses of reverse proxies whose <c>X-Forwarded-Proto</c>/<c>-Host</c>/<c>-For</c> are believed, in
    /// addition to loopback (which ASP.NET trusts by default).
    /// </summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks (CIDR, <c>10.0.0.0/8</c>) of trusted reverse proxies, in addition to loopback.</summary>
    public List<string> KnownNetworks { get; set; } = [];
}
