using Gateway.Data;
using Gateway.Hosting;
using Gateway.Tests.Data.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// Writes the demo catalogue as a djangopackages.org API v4 dump (list pages of 100 records, times in
// America/New_York's winter offset), for bench.sh to time `import` against `seed` at the same size.
if (args.Length != 1)
{
    await Console.Error.WriteLineAsync("usage: Gateway.StoreBenchmarks <folder for the v4 dump>");
    return 2;
}

var folder = Path.GetFullPath(args[0]);
var database = Path.Combine(Path.GetTempPath(), $"gateway-export-{Guid.NewGuid():N}.db");
var builder = Host.CreateApplicationBuilder();
builder.Configuration["Catalogue:Provider"] = "sqlite";
builder.Configuration["ConnectionStrings:Catalogue"] = $"Data Source={database}";
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddGatewayServices(builder.Configuration);
using var host = builder.Build();

var initializer = host.Services.GetRequiredService<CatalogueInitializer>();
await initializer.MigrateAsync(CancellationToken.None);
await initializer.SeedIfEmptyAsync(CancellationToken.None);
await using (var db = await host.Services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>()
    .CreateDbContextAsync())
{
    await V4JsonWriter.WriteAsync(db, folder, 100, TimeSpan.FromHours(-5));
}

Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
foreach (var file in new[] { database, database + "-wal", database + "-shm" })
{
    File.Delete(file);
}

await Console.Out.WriteLineAsync($"Wrote the demo catalogue as v4 JSON to {folder}");
return 0;
