using System.Linq.Expressions;

namespace Gateway.Relay;

/// <summary>
/// What the paging engine needs to know about a connection's rows: an optional filter, the order, and
/// the row's unique key, appended to the order as the final tie-break.
/// </summary>
/// <typeparam name="TRow">The rows paged over (an entity, or a join row such as a grid membership).</typeparam>
public sealed record PageQuery<TRow>(
    Expression<Func<TRow, bool>>? Where,
    SortSpec<TRow> Order,
    Expression<Func<TRow, int>> Key);
