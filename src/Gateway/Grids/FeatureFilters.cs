using Gateway.Data;
using Gateway.Filtering;

namespace Gateway.Grids;

/// <summary>The fields of <see cref="Feature"/> that <c>where</c>, <c>order</c> and aggregates can use.</summary>
public static class FeatureFilters
{
    public static FilterDefinition<Feature> Definition { get; } = new FilterDefinition<Feature>("Feature")
        .Field("databaseId", f => f.Id, "The feature's number.")
        .Field("title", f => f.Title, "The feature's name.")
        .Field("description", f => f.Description, "What the feature means.")
        .Field("created", f => f.Created, "When the feature was added.")
        .Field("modified", f => f.Modified, "When the feature was last changed.");
}
