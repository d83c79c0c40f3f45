using Gateway.Data;
using Gateway.Graph;
using Gateway.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace Gateway.Tests.Graph;

public sealed class GatewaySchemaTests
{
    /// <summary>
    /// The public schema, built through the application's own service registration. A change fails here
    /// until the snapshot in __snapshots__ is updated on purpose (delete it and rerun locally).
    /// </summary>
    [Fact]
    public async Task Schema_sdl_matches_the_snapshot()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);

        var sdl = store.Services.GetRequiredService<SchemaDocument>().PrintSdl();

        Snapshot.Match(sdl);
    }
}
