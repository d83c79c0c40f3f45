namespace Gateway.Filtering;

/// <summary>The filterable, sortable and aggregatable fields of one entity, independent of its CLR type.</summary>
public interface IFilterDefinition
{
    /// <summary>The GraphQL name of the entity ("Package"): input types are named after it.</summary>
    string Name { get; }

    /// <summary>The entity's CLR type.</summary>
    Type EntityType { get; }

    /// <summary>The fields, in schema order.</summary>
    IReadOnlyList<FilterField> Fields { get; }

    /// <summary>The field named <paramref name="name"/>, or null.</summary>
    FilterField? Find(string name);
}
