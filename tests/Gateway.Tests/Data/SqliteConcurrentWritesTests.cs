using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Data;
using Gateway.Editing;
using Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;

namespace Gateway.Tests.Data;

public sealed class SqliteConcurrentWritesTests
{
    private const int Writers = 32;
    private const int WritesEach = 10;

    [Fact]
    public async Task Thirty_two_concurrent_writers_lose_nothing_and_never_see_a_locked_database()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        var now = DateTime.UtcNow;
        await using (var db = store.CreateContext())
        {
            db.Categories.Add(new Category { Id = 1, Title = "Counter", Slug = "counter", Created = now, Modified = now });
            await db.SaveChangesAsync();
        }

        // Each writer inserts rows and, in one transaction each time, reads then bumps a shared counter:
        // the read-then-write is where a deferred transaction would fail with "database is locked".
        var writers = Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < WritesEach; i++)
            {
                await using var db = store.CreateContext();
                await using var transaction = await db.Database.BeginTransactionAsync();
                var counter = await db.Categories.AsTracking().SingleAsync(c => c.Id == 1);
                counter.Version++;
                db.Categories.Add(new Category
                {
                    Title = $"w{writer}-{i}",
                    Slug = $"w{writer}-{i}",
                    Created = now,
                    Modified = now,
                });
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
            }
        }));

        await Task.WhenAll(writers);

        await using var check = store.CreateContext();
        Assert.Equal(Writers * WritesEach, await check.Categories.CountAsync(c => c.Id != 1));
        var final = await check.Categories.SingleAsync(c => c.Id == 1);
        Assert.Equal(1 + (Writers * WritesEach), final.Version);
    }

    [Fact]
    public async Task An_edit_held_up_past_the_busy_timeout_by_another_connection_is_tried_again_and_applied_once()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        var token = (await store.Services.GetRequiredService<ApiTokenService>()
            .CreateAsync("mo", EditorRole.Moderator, default)).Secret;
        // The gateway waits 1 s for a busy file instead of 30, so that the test's lock outlasts it.
        var impatient = new SqliteConnectionStringBuilder(store.ConnectionString) { DefaultTimeout = 1 }.ToString();
        await using var gateway = new GatewayFactory(store,
            new Dictionary<string, string?> { ["ConnectionStrings:Catalogue"] = impatient });
        await using var factory = gateway.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddFakeLogging()));
        using var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var logs = factory.Services.GetFakeLogCollector();

        // Another process (a command-line verb, say) holds the write lock until the edit has been refused once.
        await using var holder = new SqliteConnection(store.ConnectionString);
        await holder.OpenAsync();
        await ExecuteAsync(holder, "BEGIN IMMEDIATE;");
        var edit = http.PostAsJsonAsync("/graphql", new
        {
            query = "mutation { createCategory(input: { title: \"Held\", slug: \"held\" }) { category { slug } } }",
        });
        using (var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            while (!edit.IsCompleted && !logs.GetSnapshot().Any(r => r.Id.Id == 504))
            {
                await Task.Delay(20, patience.Token);
            }
        }

        var refusedOnce = !edit.IsCompleted;
        await ExecuteAsync(holder, "ROLLBACK;");
        using var response = await edit;
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.True(refusedOnce, root.ToString());
        Assert.False(root.TryGetProperty("errors", out _), root.ToString());
        Assert.Equal("held", root.GetProperty("data").GetProperty("createCategory").GetProperty("category")
            .GetProperty("slug").GetString());
        await using var check = store.CreateContext();
        Assert.Equal(1, await check.Categories.CountAsync(c => c.Slug == "held"));
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
