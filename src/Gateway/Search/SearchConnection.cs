namespace Gateway.Search;

/// <summary>A page of search hits with the text it answers, so that totalCount can count the same matches.</summary>
public sealed record SearchConnection(SearchPage Page, string Query);
