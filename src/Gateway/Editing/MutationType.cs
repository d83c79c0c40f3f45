using GraphQL.Types;

namespace Gateway.Editing;

/// <summary>The <c>Mutation</c> root type, made of the registered <see cref="IMutationFields"/> parts.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType(IEnumerable<IMutationFields> parts)
    {
        Name = "Mutation";
        Description = "Edits of the catalogue. Each needs an API token (Authorization: Bearer <token>) and " +
            "answers with a payload holding the changed entity, or typed errors as data and no change.";
        foreach (var part in parts)
        {
            part.AddTo(this);
        }
    }
}
