namespace Gateway.Rest;

/// <summary>
/// How a detail URL's segment finds its object: by id (<see cref="Id"/>), by slug (<see cref="Slug"/>), or
/// not at all (<see cref="IsMalformed"/>, DRF's bare "Not found.") when the segment cannot be an id, and
/// <see cref="IsOutOfRange"/> when it is a number no row can have ("No ... matches", as Django answers).
/// </summary>
internal readonly record struct RestLookup(int? Id, string? Slug, bool IsMalformed, bool IsOutOfRange)
{
    /// <summary>Packages and grids: by id when every character is a digit, by slug otherwise.</summary>
    public static RestLookup ByIdOrSlug(string segment)
    {
        if (!PythonInt.IsDigit(segment))
        {
            return new RestLookup(null, segment, false, false);
        }

        return ById(segment);
    }

    /// <summary>Categories: the segment goes through Python's int(), as Django's pk lookup does.</summary>
    public static RestLookup ById(string segment)
    {
        var value = PythonInt.Parse(segment);
        if (value is null)
        {
            return new RestLookup(null, null, true, false);
        }

        return value >= int.MinValue && value <= int.MaxValue
            ? new RestLookup((int)value.Value, null, false, false)
            : new RestLookup(null, null, false, true);
    }
}
