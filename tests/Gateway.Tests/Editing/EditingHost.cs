using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Gateway.Data;
using Gateway.Editing;
using Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Editing;

/// <summary>
/// The gateway over a store of the test's own, reached through HTTP, with an editor's and a
/// moderator's token made the way the <c>tokens create</c> verb makes them.
/// </summary>
public sealed class EditingHost : IAsyncDisposable
{
    private readonly GatewayFactory factory;
    private readonly WebApplicationFactory<Program> host;

    private EditingHost(TestStore store, GatewayFactory factory, WebApplicationFactory<Program> host)
    {
        Store = store;
        this.factory = factory;
        this.host = host;
        Client = host.CreateClient();
    }

    public TestStore Store { get; }

    public HttpClient Client { get; }

    public string EditorToken { get; private set; } = "";

    public string ModeratorToken { get; private set; } = "";

    /// <summary>Starts the gateway; <paramref name="services"/> adds test-only services (a fault to inject).</summary>
    public static async Task<EditingHost> StartAsync(CatalogueProvider provider,
        Action<IServiceCollection>? services = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var store = await TestStore.CreateAsync(provider);
        var factory = new GatewayFactory(store, settings);
        var host = services is null
            ? (WebApplicationFactory<Program>)factory
            : factory.WithWebHostBuilder(b => b.ConfigureTestServices(services));
        var editing = new EditingHost(store, factory, host);
        var tokens = store.Services.GetRequiredService<ApiTokenService>();
        editing.EditorToken = (await tokens.CreateAsync("ed", EditorRole.Editor, default)).Secret;
        editing.ModeratorToken = (await tokens.CreateAsync("mo", EditorRole.Moderator, default)).Secret;
        return editing;
    }

    public static string Id(string type, int databaseId) => Convert.ToBase64String(
        Encoding.UTF8.GetBytes(type + ":" + databaseId.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Posts a GraphQL request and returns the whole JSON answer.</summary>
    public async Task<JsonNode> PostAsync(string query, object? variables = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text) ?? throw new InvalidOperationException($"No JSON: {response.StatusCode}");
    }

    /// <summary>
    /// Runs the mutation <paramref name="field"/> with <paramref name="input"/> and returns its payload;
    /// <paramref name="selection"/> selects from the payload (errors are always selected in full).
    /// </summary>
    public async Task<JsonNode> MutateAsync(string field, object input, string selection, string? token)
    {
        var inputType = char.ToUpperInvariant(field[0]) + field[1..] + "Input";
        var query = $$"""
            mutation($input: {{inputType}}!) {
              {{field}}(input: $input) {
                {{selection}}
                errors {
                  __typename
                  ... on Error { message }
                  ... on ValidationError { field reason }
                  ... on NotFoundError { field type id }
                  ... on ConflictError { field reason }
                  ... on StaleVersionError { id seenVersion currentVersion }
                  ... on LockedGridError { gridId }
                  ... on ForbiddenError { reason requiredRole }
                }
              }
            }
            """;
        var answer = await PostAsync(query, new { input }, token);
        return answer["data"]?[field] ?? throw new InvalidOperationException(answer.ToJsonString());
    }

    /// <summary>A category written straight to the store (not through an edit).</summary>
    public async Task<Category> AddCategoryAsync(string slug)
    {
        await using var db = Store.CreateContext();
        var category = new Category { Title = slug, Slug = slug, Created = Now, Modified = Now };
        db.Categories.Add(category);
        await db.SaveChangesAsync();
        return category;
    }

    /// <summary>A package written straight to the store.</summary>
    public async Task<Package> AddPackageAsync(int categoryId, string slug, string repoUrl = "")
    {
        await using var db = Store.CreateContext();
        var package = new Package
        {
            Title = slug,
            Slug = slug,
            CategoryId = categoryId,
            RepoUrl = repoUrl,
            CommitsOver52 = [.. Enumerable.Repeat(0, 52)],
            Created = Now,
            Modified = Now,
        };
        db.Packages.Add(package);
        await db.SaveChangesAsync();
        return package;
    }

    /// <summary>A grid with the given packages, features and a cell for every feature and package.</summary>
    public async Task<Grid> AddGridAsync(string slug, IReadOnlyList<int> packageIds, int features, bool locked = false)
    {
        await using var db = Store.CreateContext();
        var grid = new Grid { Title = slug, Slug = slug, IsLocked = locked, Created = Now, Modified = Now };
        foreach (var packageId in packageIds)
        {
            grid.GridPackages.Add(new GridPackage { PackageId = packageId, Created = Now, Modified = Now });
        }

        for (var i = 0; i < features; i++)
        {
            var feature = new Feature { Title = $"feature {i}", Created = Now, Modified = Now };
            foreach (var packageId in packageIds)
            {
                feature.Elements.Add(new Element
                {
                    PackageId = packageId,
                    Text = $"cell {i}",
                    Created = Now,
                    Modified = Now
                });
            }

            grid.Features.Add(feature);
        }

        db.Grids.Add(grid);
        await db.SaveChangesAsync();
        return grid;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await host.DisposeAsync();
        if (!ReferenceEquals(host, factory))
        {
            await factory.DisposeAsync();
        }

        await Store.DisposeAsync();
    }

    private static DateTime Now => DateTime.UtcNow;
}
