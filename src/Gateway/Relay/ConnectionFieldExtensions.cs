using GraphQL.Builders;
using GraphQL.Types;

namespace Gateway.Relay;

/// <summary>Declares the Relay paging arguments on a connection field.</summary>
public static class ConnectionFieldExtensions
{
    /// <summary>Adds <c>first</c>, <c>after</c>, <c>last</c> and <c>before</c>, described.</summary>
    public static FieldBuilder<TSource, TReturn> PagingArguments<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field) => field
        .Argument<IntGraphType>("first",
            $"How many nodes to return from the start (or after 'after'): 0 to {PageRequest.MaxSize}, " +
            $"default {PageRequest.DefaultSize}. Larger values are an error, never cut.")
        .Argument<StringGraphType>("after", "Return nodes after this cursor (from an edge or pageInfo).")
        .Argument<IntGraphType>("last",
            $"How many nodes to return from the end (or before 'before'): 0 to {PageRequest.MaxSize}. " +
            "Not together with first.")
        .Argument<StringGraphType>("before", "Return nodes before this cursor (from an edge or pageInfo).");
}
