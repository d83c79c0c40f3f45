namespace Gateway.Rest;

/// <summary>The ranked search behind <c>/api/v4/search/?q=</c>.</summary>
internal interface IRestSearch
{
    /// <summary>
    /// At most <paramref name="limit"/> hits for <paramref name="query"/>, best first; none for a blank query.
    /// </summary>
    Task<IReadOnlyList<RestSearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken);
}
