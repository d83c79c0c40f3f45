namespace Gateway.Editing;

/// <summary>What every mutation field resolves to: the changed entity, or the errors and no entity.</summary>
public sealed record MutationPayload(object? Entity, IReadOnlyList<EditError> Errors)
{
    public static MutationPayload From<T>(EditResult<T> result)
        where T : class => new(result.Value, result.Errors);

    public static MutationPayload Fail(IReadOnlyList<EditError> errors) => new(null, errors);
}
