using Gateway.Categories;
using Gateway.Data;
using Gateway.Grids;
using Gateway.Packages;
using Gateway.Participants;
using Gateway.Relay;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gateway.Filtering;

/// <summary>Registers what <c>where</c>, <c>order</c> and aggregates need outside the schema.</summary>
public static class FilteringServiceCollectionExtensions
{
    /// <summary>Adds the SQLite case-folding function to every connection, and the generic graph types and the
    /// <c>where</c>/<c>order</c> readers of every filterable node.</summary>
    public static IServiceCollection AddFiltering(this IServiceCollection services)
    {
        services.AddSingleton<IInterceptor, SqliteTextFoldingInterceptor>();
        services.AddTransient(typeof(ListFilterInputType<>));
        services.AddTransient(typeof(AggregatesGraphType<>));
        services.AddSingleton<IConnectionFilter<Package>>(new DefinitionConnectionFilter<Package>(PackageFilters.Definition));
        services.AddSingleton<IConnectionFilter<Category>>(
            new DefinitionConnectionFilter<Category>(CategoryFilters.Definition));
        services.AddSingleton<IConnectionFilter<Grid>>(new DefinitionConnectionFilter<Grid>(GridFilters.Definition));
        services.AddSingleton<IConnectionFilter<Participant>>(
            new DefinitionConnectionFilter<Participant>(ParticipantFilters.Definition));
        services.AddSingleton<IConnectionFilter<Feature>>(
            new DefinitionConnectionFilter<Feature>(FeatureFilters.Definition));
        return services;
    }
}
