namespace Gateway.Data.Import;

/// <summary>
/// A v4 import stopped on bad input. The message names the file or URL, the record (index, and id or
/// slug when known) and the field; <see cref="Code"/> is stable for scripts and tests.
/// </summary>
public sealed class V4ImportException : Exception
{
    public V4ImportException()
    {
        Code = "import_failed";
        Origin = "";
    }

    public V4ImportException(string message)
        : base(message)
    {
        Code = "import_failed";
        Origin = "";
    }

    public V4ImportException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "import_failed";
        Origin = "";
    }

    public V4ImportException(
        string code, string origin, V4Location? record, string? field, string problem, Exception? inner = null)
        : base(Describe(origin, record, field, problem), inner)
    {
        Code = code;
        Origin = origin;
        Record = record;
        Field = field;
    }

    /// <summary>
    /// <c>broken_json</c>, <c>wrong_type</c>, <c>missing_field</c>, <c>bad_value</c>, <c>bad_datetime</c>,
    /// <c>duplicate_id</c>, <c>duplicate_slug</c>, <c>duplicate_repo_url</c>, <c>dangling_link</c>,
    /// <c>no_input</c> or <c>fetch_failed</c>.
    /// </summary>
    public string Code { get; }

    /// <summary>The file or URL the bad input came from.</summary>
    public string Origin { get; }

    /// <summary>The bad record, when the problem is in one.</summary>
    public V4Location? Record { get; }

    /// <summary>The v4 field name, when the problem is in one field.</summary>
    public string? Field { get; }

    private static string Describe(string origin, V4Location? record, string? field, string problem)
    {
        var where = origin;
        if (record is not null)
        {
            where += ": " + record.Describe();
        }

        if (field is not null)
        {
            where += $": field \"{field}\"";
        }

        return $"{where}: {problem}";
    }
}
