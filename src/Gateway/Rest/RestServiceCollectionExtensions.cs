using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Gateway.Rest;

/// <summary>Registers the REST API v4 shim.</summary>
public static class RestServiceCollectionExtensions
{
    /// <summary>
    /// The shim's options (<c>Rest</c> section), its readers, and the forwarded-headers settings: scheme, host
    /// and client address are taken from <c>X-Forwarded-*</c> only when the request comes from loopback or a
    /// configured proxy, so that links are built from the host the client asked for.
    /// </summary>
    public static IServiceCollection AddRest(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(RestOptions.SectionName);
        services.Configure<RestOptions>(section);
        services.AddSingleton(sp => new DrfDateTimeFormatter(
            TimeZoneInfo.FindSystemTimeZoneById(sp.GetRequiredService<IOptions<RestOptions>>().Value.TimeZone)));
        services.AddScoped<IRestCatalogueReader, RestCatalogueReader>();
        services.AddScoped<IRestSearch, CatalogueRestSearch>();
        services.AddScoped<RestRequestHandler>();

        var rest = section.Get<RestOptions>() ?? new RestOptions();
        services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
                | ForwardedHeaders.XForwardedHost;
            foreach (var proxy in rest.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in rest.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }
}
