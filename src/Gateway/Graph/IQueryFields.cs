using GraphQL.Types;

namespace Gateway.Graph;

/// <summary>
/// A part of the <c>Query</c> type, one per noun (<c>PackageQueries</c>, ...). Register an
/// implementation as a singleton <see cref="IQueryFields"/> and <see cref="QueryType"/> picks it up.
/// </summary>
public interface IQueryFields
{
    /// <summary>Adds this part's fields to <paramref name="query"/>.</summary>
    void AddTo(ObjectGraphType query);
}
