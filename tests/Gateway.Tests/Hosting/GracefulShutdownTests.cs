using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using Gateway.Data;
using Gateway.Editing;
using Gateway.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Hosting;

/// <summary>
/// The gateway as a real process on Kestrel, stopped by SIGTERM while a write is in flight. The write is
/// held in flight for as long as the test needs by a transaction of the test's own that keeps SQLite's
/// write lock, as another process would; so nothing here depends on timing.
/// </summary>
public sealed partial class GracefulShutdownTests
{
    private const string Create = "mutation C($slug: String!) { createCategory(input: { title: $slug, slug: $slug })" +
        " { category { id slug version } errors { __typename } } }";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Sigterm_finishes_the_write_in_flight_refuses_new_connections_and_exits_cleanly()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        var token = (await store.Services.GetRequiredService<ApiTokenService>()
            .CreateAsync("mo", EditorRole.Moderator, default)).Secret;
        var start = GatewayProcess.StartInfo(store, "--urls", "http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Gateway__RateLimiting__Enabled"] = "false";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        start.Environment["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information";
        using var server = Process.Start(start)!;
        var lines = Channel.CreateUnbounded<string>();
        var reading = PumpAsync(server.StandardOutput, lines.Writer);
        var errors = server.StandardError.ReadToEndAsync();
        var answeredVersion = -1;
        try
        {
            var address = ListeningOn().Match(await WaitForLineAsync(lines.Reader, ListeningOn().IsMatch)).Groups[1].Value;
            var root = new Uri(address);
            using var http = new HttpClient { BaseAddress = root, Timeout = Patience };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

            await using var holder = new SqliteConnection(store.ConnectionString);
            await holder.OpenAsync();
            await using (var begin = holder.CreateCommand())
            {
                begin.CommandText = "BEGIN IMMEDIATE;";
                await begin.ExecuteNonQueryAsync();
            }

            var inFlight = http.PostAsJsonAsync("/graphql", new { query = Create, variables = new { slug = "in-flight" } });
            await WaitForLineAsync(lines.Reader, line => line.Contains("Request starting", StringComparison.Ordinal)
                && line.Contains("POST", StringComparison.Ordinal) && line.Contains("/graphql", StringComparison.Ordinal));

            using (var kill = Process.Start("kill", ["-TERM", server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            await WaitUntilRefusedAsync(root);
            using var late = new HttpClient { BaseAddress = root };
            var refused = await Assert.ThrowsAsync<HttpRequestException>(() =>
                late.PostAsJsonAsync("/graphql", new { query = Create, variables = new { slug = "too-late" } }));
            var stillWaiting = !inFlight.IsCompleted;

            await using (var rollback = holder.CreateCommand())
            {
                rollback.CommandText = "ROLLBACK;";
                await rollback.ExecuteNonQueryAsync();
            }

            using var response = await inFlight;
            var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            await server.WaitForExitAsync(new CancellationTokenSource(Patience).Token);

            Assert.True(stillWaiting, "the in-flight write finished before the test let it");
            Assert.Equal(SocketError.ConnectionRefused, (refused.InnerException as SocketException)?.SocketErrorCode);
            Assert.True(response.IsSuccessStatusCode, answer.ToString());
            var payload = answer.GetProperty("data").GetProperty("createCategory");
            Assert.Equal(JsonValueKind.Null, payload.GetProperty("errors").ValueKind);
            Assert.Equal("in-flight", payload.GetProperty("category").GetProperty("slug").GetString());
            answeredVersion = payload.GetProperty("category").GetProperty("version").GetInt32();
            Assert.Equal(0, server.ExitCode);
            Assert.DoesNotContain("fail:", await errors + string.Join('\n', await reading), StringComparison.Ordinal);
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
            }
        }

        await using var db = store.CreateContext();
        var stored = await db.Categories.Select(c => new { c.Slug, c.Version }).ToListAsync();
        // The in-flight write is there whole, once, as acknowledged; the refused one never began.
        Assert.Equal([new { Slug = "in-flight", Version = answeredVersion }], stored);
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningOn();

    /// <summary>Copies the server's output lines to <paramref name="lines"/>; returns them all at the end.</summary>
    private static async Task<List<string>> PumpAsync(StreamReader output, ChannelWriter<string> lines)
    {
        var all = new List<string>();
        while (await output.ReadLineAsync() is { } line)
        {
            all.Add(line);
            await lines.WriteAsync(line);
        }

        lines.Complete();
        return all;
    }

    private static async Task<string> WaitForLineAsync(ChannelReader<string> lines, Func<string, bool> wanted)
    {
        using var patience = new CancellationTokenSource(Patience);
        await foreach (var line in lines.ReadAllAsync(patience.Token))
        {
            if (wanted(line))
            {
                return line;
            }
        }

        throw new InvalidOperationException("The server's output ended before the line the test waits for.");
    }

    /// <summary>Opens connections until the server refuses one: its listener is closed.</summary>
    private static async Task WaitUntilRefusedAsync(Uri root)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (true)
        {
            using var probe = new TcpClient();
            try
            {
                await probe.ConnectAsync(root.Host, root.Port, patience.Token);
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionRefused)
            {
                return;
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionReset)
            {
                // Accepted into the backlog of a listener that was closing: try again.
            }

            await Task.Delay(20, patience.Token);
        }
    }
}
