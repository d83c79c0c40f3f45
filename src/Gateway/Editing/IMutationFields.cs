using GraphQL.Types;

namespace Gateway.Editing;

/// <summary>
/// A part of the <c>Mutation</c> type, one per noun (<c>PackageMutations</c>, ...). Register an
/// implementation as a singleton <see cref="IMutationFields"/> and <see cref="MutationType"/> picks it up.
/// </summary>
public interface IMutationFields
{
    /// <summary>Adds this part's fields to <paramref name="mutation"/>.</summary>
    void AddTo(ObjectGraphType mutation);
}
