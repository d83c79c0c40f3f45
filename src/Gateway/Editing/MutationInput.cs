using System.Globalization;
using Gateway.Relay;
using GraphQL;

namespace Gateway.Editing;

/// <summary>
/// Reads a mutation's <c>input</c> argument. Global ids are decoded here; an id that is not one of this
/// API, or that names another type, becomes a <see cref="ValidationError"/> with reason INVALID_ID.
/// </summary>
public sealed class MutationInput(IResolveFieldContext context)
{
    private readonly Dictionary<string, object?> values =
        context.GetArgument<Dictionary<string, object?>>("input") ?? [];

    private readonly List<EditError> errors = [];

    /// <summary>Problems with the ids read so far.</summary>
    public IReadOnlyList<EditError> Errors => errors;

    /// <summary>Who sends the edit, from the request's authenticated user; null when anonymous.</summary>
    public EditorIdentity? Editor => EditorIdentity.From(context.User);

    public string? String(string name) => values.GetValueOrDefault(name) as string;

    public int? Int(string name) => values.GetValueOrDefault(name) switch
    {
        null => null,
        var v => Convert.ToInt32(v, CultureInfo.InvariantCulture),
    };

    public bool? Bool(string name) => values.GetValueOrDefault(name) as bool?;

    public IReadOnlyList<int>? Ints(string name) => values.GetValueOrDefault(name) switch
    {
        IEnumerable<object?> list => [.. list.Select(v => Convert.ToInt32(v, CultureInfo.InvariantCulture))],
        _ => null,
    };

    /// <summary>The database id of the global id in <paramref name="name"/>, of type <paramref name="type"/>.</summary>
    public int? Id(string name, string type)
    {
        var value = values.GetValueOrDefault(name)?.ToString();
        if (value is null)
        {
            return null;
        }

        if (!GlobalId.TryDecode(value, out var actual, out var id))
        {
            errors.Add(new ValidationError(name, "INVALID_ID",
                $"{name} '{Shorten(value)}' is not a global id of this API: take ids from an 'id' field."));
            return 0;
        }

        if (actual != type)
        {
            errors.Add(new ValidationError(name, "INVALID_ID",
                $"{name} '{Shorten(value)}' is the id of a {actual}, not of a {type}."));
            return 0;
        }

        return id;
    }

    /// <summary>The database id of a required global id (the schema makes it non-null).</summary>
    public int RequiredId(string name, string type) => Id(name, type) ?? 0;

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";
}
