using System.ComponentModel;

namespace Gateway.Filtering;

/// <summary>The values of <c>SortEnumType</c>: a direction and where nulls go.</summary>
public enum SortOrder
{
    [Description("Ascending; nulls last.")]
    Asc,

    [Description("Descending; nulls last.")]
    Desc,

    [Description("Ascending; nulls first.")]
    AscNullsFirst,

    [Description("Ascending; nulls last (the same as ASC).")]
    AscNullsLast,

    [Description("Descending; nulls first.")]
    DescNullsFirst,

    [Description("Descending; nulls last (the same as DESC).")]
    DescNullsLast,
}
