using Gateway.DataLoading;
using GraphQL;
using GraphQL.Types;

namespace Gateway.Editing;

/// <summary>
/// Adds a mutation in the shape of HotChocolate's mutation conventions: <c>name(input: NameInput!):
/// NamePayload!</c>, the payload holding the changed entity and <c>errors: [NameError!]</c>, a union of
/// the typed errors. Input, payload and union are made here per mutation, so each noun only lists its
/// input fields and calls its edit service.
/// </summary>
public static class MutationFieldBuilder
{
    private static readonly Type[] ErrorTypes =
    [
        typeof(ValidationErrorType),
        typeof(NotFoundErrorType),
        typeof(ConflictErrorType),
        typeof(StaleVersionErrorType),
        typeof(LockedGridErrorType),
        typeof(ForbiddenErrorType),
    ];

    /// <summary>
    /// Adds the mutation <paramref name="name"/>. <paramref name="entityField"/> names the payload's
    /// field for the changed entity, its graph type and description. On success the
    /// request's data loader caches are cleared, so that later reads in the same request see the write.
    /// </summary>
    public static void Add(
        ObjectGraphType mutation,
        string name,
        string description,
        Action<InputObjectGraphType> inputFields,
        (string Name, string TypeName, string Description) entityField,
        Func<MutationInput, CancellationToken, Task<MutationPayload>> resolve)
    {
        var typeName = char.ToUpperInvariant(name[0]) + name[1..];
        var input = new InputObjectGraphType { Name = typeName + "Input", Description = $"The input of {name}." };
        inputFields(input);

        var errors = new UnionGraphType
        {
            Name = typeName + "Error",
            Description = $"The errors {name} can answer with.",
        };
        foreach (var type in ErrorTypes)
        {
            errors.Type(type);
        }

        var payload = new ObjectGraphType<MutationPayload>
        {
            Name = typeName + "Payload",
            Description = $"The result of {name}: the entity, or the errors and no change.",
        };
        payload.Field(entityField.Name, new GraphQLTypeReference(entityField.TypeName))
            .Description(entityField.Description)
            .Resolve(c => c.Source.Entity);
        payload.Field("errors", new ListGraphType(new NonNullGraphType(errors)))
            .Description("Why nothing was written; null when the mutation succeeded. " +
                "All problems of the input come together.")
            .Resolve(c => c.Source.Errors.Count == 0 ? null : c.Source.Errors);

        mutation.Field(name, new NonNullGraphType(payload))
            .Description(description)
            .Arguments(new QueryArgument(new NonNullGraphType(input))
            {
                Name = "input",
                Description = "What to change.",
            })
            .ResolveAsync(async context =>
            {
                var result = await resolve(new MutationInput(context), context.CancellationToken);
                if (result.Errors.Count == 0)
                {
                    context.Loaders().ClearAll();
                }

                return result;
            });
    }

    /// <summary>Adds an input field of the named type (<c>String</c>, <c>ID!</c>, <c>[Int!]</c>).</summary>
    public static InputObjectGraphType With(
        this InputObjectGraphType input, string name, string type, string description)
    {
        input.Field(name, TypeOf(type)).Description(description);
        return input;
    }

    /// <summary>The graph type written as in SDL, by reference, so that built-in scalars stay single.</summary>
    private static IGraphType TypeOf(string sdl) => sdl switch
    {
        _ when sdl.EndsWith('!') => new NonNullGraphType(TypeOf(sdl[..^1])),
        _ when sdl.StartsWith('[') => new ListGraphType(TypeOf(sdl[1..^1])),
        _ => new GraphQLTypeReference(sdl),
    };
}
