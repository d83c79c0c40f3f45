using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gateway.Filtering;

/// <summary>Registers what <c>where</c>, <c>order</c> and aggregates need outside the schema.</summary>
public static class FilteringServiceCollectionExtensions
{
    /// <summary>Adds the SQLite case-folding function to every connection, and the generic graph types.</summary>
    public static IServiceCollection AddFiltering(this IServiceCollection services)
    {
        services.AddSingleton<IInterceptor, SqliteTextFoldingInterceptor>();
        services.AddTransient(typeof(ListFilterInputType<>));
        services.AddTransient(typeof(AggregatesGraphType<>));
        return services;
    }
}
