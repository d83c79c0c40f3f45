using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gateway.Tests.Infrastructure;

/// <summary>
/// The real application, with its own service registration, served in memory over a test store.
/// Extra settings override the store's (for example <c>Gateway:Diagnostics</c>).
/// </summary>
public sealed class GatewayFactory(TestStore store, IReadOnlyDictionary<string, string?>? settings = null,
    string environment = "Development") : WebApplicationFactory<Program>
{
    public TestStore Store => store;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in store.Configuration)
        {
            builder.UseSetting(key, value);
        }

        // Note: one in-memory client would share a single throttle bucket; tests that exercise the
        // throttle turn it back on in their own settings.
        builder.UseSetting("Gateway:RateLimiting:Enabled", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }
}
