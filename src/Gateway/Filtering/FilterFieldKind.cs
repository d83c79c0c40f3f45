namespace Gateway.Filtering;

/// <summary>What a filterable field holds, which decides its operators.</summary>
public enum FilterFieldKind
{
    /// <summary>Text: equality, membership, substring and the case-insensitive forms.</summary>
    String,

    /// <summary>A whole number: equality, membership and comparisons.</summary>
    Int,

    /// <summary>A UTC timestamp: equality, membership and comparisons.</summary>
    DateTime,

    /// <summary>A flag: equality.</summary>
    Boolean,

    /// <summary>A to-one relation, filtered with the target's own filter.</summary>
    Object,

    /// <summary>A to-many relation, filtered with <c>some</c>, <c>all</c>, <c>none</c> and <c>any</c>.</summary>
    List,
}
