using Gateway.Data;
using Microsoft.Extensions.Options;

namespace Gateway.Hosting;

/// <summary>
/// Migrates and, when it is empty, seeds the catalogue as the host starts, before the server takes
/// requests (hosted services start in order, and this one is registered before the web server).
/// </summary>
internal sealed class CatalogueStartupService(
    IServiceProvider services,
    IOptions<CatalogueOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<CatalogueInitializer>();
        if (options.Value.MigrateOnStartup)
        {
            await initializer.MigrateAsync(cancellationToken);
        }

        if (options.Value.SeedWhenEmpty)
        {
            await initializer.SeedIfEmptyAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
