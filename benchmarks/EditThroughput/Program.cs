using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gateway.Data;
using Gateway.Editing;
using Gateway.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// Measures updatePackage throughput: the gateway served by Kestrel on loopback over the configured store,
// CLIENTS concurrent clients updating the same package for SECONDS seconds. Each client sends the version
// it last knew: after a success the payload's version, after a refusal the error's currentVersion. So
// every refusal is a real lost race that the version check caught, never a lost update.
//
// Usage: dotnet run -c Release --project benchmarks/EditThroughput -- [--clients 16] [--seconds 10]
//        [--Catalogue:Provider=postgres --ConnectionStrings:Catalogue=...]   (default: a new SQLite file)
var clients = IntOption(args, "--clients", 16);
var seconds = IntOption(args, "--seconds", 10);
var settings = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=',
    StringComparison.Ordinal));
var sqlite = Path.Combine(Path.GetTempPath(), $"gateway-bench-{Guid.NewGuid():N}.db");
var appArgs = new List<string>
{
    "--urls=http://127.0.0.1:0",
    "--Catalogue:SeedWhenEmpty=false",
    "--Logging:LogLevel:Default=Warning",
    $"--ConnectionStrings:Catalogue=Data Source={sqlite}",
};
appArgs.AddRange(settings);

await using var app = GatewayApplication.Build([.. appArgs]);
await app.StartAsync();
var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
var store = app.Services.GetRequiredService<CatalogueStore>().Provider;

var secret = (await app.Services.GetRequiredService<ApiTokenService>()
    .CreateAsync("bench-" + Guid.NewGuid().ToString("N")[..8], EditorRole.Editor, CancellationToken.None)).Secret;
var packageId = await CreatePackageAsync(app.Services);

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients * 2 })
{
    BaseAddress = new Uri(address),
};
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);

const string Update = """
    mutation($input: UpdatePackageInput!) {
      updatePackage(input: $input) {
        package { version }
        errors { __typename ... on StaleVersionError { currentVersion } }
      }
    }
    """;
var globalId = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"Package:{packageId}"));
long won = 0, stale = 0, other = 0;
var deadline = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
{
    var version = 1;
    var n = 0;
    while (deadline.Elapsed < TimeSpan.FromSeconds(seconds))
    {
        var input = new { id = globalId, version, title = $"bench c{client} n{n++}" };
        using var response = await http.PostAsJsonAsync("/graphql", new { query = Update, variables = new { input } });
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        var payload = body?["data"]?["updatePackage"];
        if (payload?["package"]?["version"] is { } v)
        {
            version = v.GetValue<int>();
            Interlocked.Increment(ref won);
        }
        else if (payload?["errors"]?[0]?["currentVersion"] is { } current)
        {
            version = current.GetValue<int>();
            Interlocked.Increment(ref stale);
        }
        else
        {
            Interlocked.Increment(ref other);
            await Console.Error.WriteLineAsync(body?.ToJsonString() ?? "no body");
        }
    }
}));
var elapsed = deadline.Elapsed.TotalSeconds;

int finalVersion;
var contexts = app.Services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>();
await using (var db = await contexts.CreateDbContextAsync())
{
    finalVersion = await db.Packages.Where(p => p.Id == packageId).Select(p => p.Version).SingleAsync();
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"store={store} clients={clients} seconds={elapsed:F1} applied={won} ({won / elapsed:F0}/s) " +
    $"stale={stale} ({stale / elapsed:F0}/s) other={other} attempts/s={(won + stale + other) / elapsed:F0} " +
    $"finalVersion={finalVersion} (1 + applied = {1 + won})"));
await app.StopAsync();
if (store == CatalogueProvider.Sqlite)
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    foreach (var file in new[] { sqlite, sqlite + "-wal", sqlite + "-shm" })
    {
        File.Delete(file);
    }
}

return finalVersion == 1 + won && other == 0 ? 0 : 1;

static int IntOption(string[] args, string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

static async Task<int> CreatePackageAsync(IServiceProvider services)
{
    var contexts = services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>();
    await using var db = await contexts.CreateDbContextAsync();
    var now = DateTime.UtcNow;
    var suffix = Guid.NewGuid().ToString("N")[..8];
    var category = new Category { Title = "Bench", Slug = "bench-" + suffix, Created = now, Modified = now };
    var package = new Package { Title = "bench", Slug = "bench-" + suffix, Category = category, Created = now,
        Modified = now };
    db.Add(package);
    await db.SaveChangesAsync();
    return package.Id;
}
