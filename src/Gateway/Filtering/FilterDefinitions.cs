using Gateway.Categories;
using Gateway.Data;
using Gateway.Grids;
using Gateway.Packages;
using Gateway.Participants;
using GraphQL.Types;

namespace Gateway.Filtering;

/// <summary>The filter definitions of the graph's entities, found by entity or by GraphQL node type.</summary>
public static class FilterDefinitions
{
    /// <summary>The definition of <paramref name="entity"/>; null for entities without filters (elements).</summary>
    public static IFilterDefinition? For(Type entity) =>
        entity == typeof(Package) ? PackageFilters.Definition
        : entity == typeof(Category) ? CategoryFilters.Definition
        : entity == typeof(Grid) ? GridFilters.Definition
        : entity == typeof(Participant) ? ParticipantFilters.Definition
        : entity == typeof(Feature) ? FeatureFilters.Definition
        : null;

    /// <summary>The entity behind an <c>ObjectGraphType&lt;T&gt;</c>, or null.</summary>
    public static Type? EntityOf(Type graphType)
    {
        for (var type = graphType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ObjectGraphType<>))
            {
                return type.GetGenericArguments()[0];
            }
        }

        return null;
    }
}
