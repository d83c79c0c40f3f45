using Gateway.Hardening.TrustedDocuments;
using GraphQL.DI;
using GraphQL.PersistedDocuments;
using Microsoft.AspNetCore.RateLimiting;

namespace Gateway.Hardening;

/// <summary>Registers and places the gateway's limits, throttling, trusted documents and error masking.</summary>
public static class HardeningExtensions
{
    /// <summary>
    /// Services of the hardening layer. GraphQL.NET's executor takes every registered
    /// <see cref="IConfigureExecution"/>, so the limits reach the graph without touching its wiring.
    /// </summary>
    public static IServiceCollection AddHardening(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GraphQLLimitsOptions>(configuration.GetSection(GraphQLLimitsOptions.SectionName));
        services.Configure<RateLimitingOptions>(configuration.GetSection(RateLimitingOptions.SectionName));
        services.Configure<TrustedDocumentsOptions>(configuration.GetSection(TrustedDocumentsOptions.SectionName));
        services.Configure<HostOptions>(configuration.GetSection("Gateway:Shutdown"));
        services.AddHttpContextAccessor();

        var rateLimiting = configuration.GetSection(RateLimitingOptions.SectionName).Get<RateLimitingOptions>()
            ?? new RateLimitingOptions();
        services.AddRateLimiter(limiter => ClientRateLimiter.Configure(limiter, rateLimiting));

        services.AddSingleton<DocumentLimitsValidationRule>();
        services.AddSingleton<QueryCostListener>();
        services.AddSingleton<IConfigureExecution, ErrorMaskingExecution>();
        services.AddSingleton<IConfigureExecution, LimitsExecution>();
        services.AddSingleton<IConfigureExecution, TrustedDocumentsExecution>();
        services.AddSingleton<TrustedDocumentStore>();
        services.AddSingleton<IPersistedDocumentLoader>(sp => sp.GetRequiredService<TrustedDocumentStore>());
        return services;
    }

    /// <summary>
    /// Places the hardening middleware ahead of the endpoints: failures become coded answers, then the
    /// per-client throttle, then the request size checks of <c>/graphql</c>.
    /// </summary>
    public static IApplicationBuilder UseHardening(this IApplicationBuilder app)
    {
        app.UseMiddleware<UnhandledExceptionMiddleware>();
        app.UseRateLimiter();
        app.UseMiddleware<RequestLimitsMiddleware>();
        return app;
    }
}
