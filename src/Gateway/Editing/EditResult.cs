namespace Gateway.Editing;

/// <summary>
/// What an edit gives back: the changed entity, or the errors that stopped it (and then nothing was written).
/// </summary>
public sealed record EditResult<T>(T? Value, IReadOnlyList<EditError> Errors)
    where T : class
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>Makes <see cref="EditResult{T}"/> values.</summary>
public static class EditResult
{
    public static EditResult<T> Ok<T>(T value)
        where T : class => new(value, []);

    public static EditResult<T> Fail<T>(params IReadOnlyList<EditError> errors)
        where T : class => new(null, errors);
}
