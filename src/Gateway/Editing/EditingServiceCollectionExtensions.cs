using Gateway.Categories;
using Gateway.Grids;
using Gateway.Packages;
using Microsoft.AspNetCore.Authentication;

namespace Gateway.Editing;

/// <summary>Registers API tokens, Bearer authentication and the edit services.</summary>
public static class EditingServiceCollectionExtensions
{
    /// <summary>
    /// Tokens and edit services (also used by the command-line verbs), the <c>Mutation</c> type's parts
    /// and the Bearer scheme. The graph types themselves are found by the graph's assembly scan.
    /// </summary>
    public static IServiceCollection AddEditing(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EditingOptions>(configuration.GetSection(EditingOptions.SectionName));
        services.AddSingleton<ApiTokenService>();
        services.AddSingleton<ApiTokenAuthenticator>();
        services.AddSingleton<EditTransaction>();
        services.AddSingleton<PackageEditService>();
        services.AddSingleton<CategoryEditService>();
        services.AddSingleton<GridEditService>();
        services.AddSingleton<IMutationFields, PackageMutations>();
        services.AddSingleton<IMutationFields, CategoryMutations>();
        services.AddSingleton<IMutationFields, GridMutations>();
        services.AddAuthentication(BearerTokenDefaults.Scheme)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenAuthenticationHandler>(BearerTokenDefaults.Scheme, null);
        return services;
    }

    /// <summary>Authenticates every request that carries a token; requests without one stay anonymous.</summary>
    public static IApplicationBuilder UseEditing(this IApplicationBuilder app) => app.UseAuthentication();
}
