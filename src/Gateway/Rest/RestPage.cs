namespace Gateway.Rest;

/// <summary>One page of a list: the rows of the page and the count of the whole list.</summary>
internal sealed record RestPage<T>(int Count, IReadOnlyList<T> Items);
