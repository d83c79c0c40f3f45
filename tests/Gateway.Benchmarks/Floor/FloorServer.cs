using System.Text.Encodings.Web;
using System.Text.Json;
using Gateway.Benchmarks.Operations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Gateway.Benchmarks.Floor;

/// <summary>
/// The floor: the benchmark's operations answered with hand-written SQL through Microsoft.Data.Sqlite and
/// JSON written with <see cref="Utf8JsonWriter"/> straight into the response: no GraphQL, no EF Core.
/// It is what the gateway is compared with, so it is written to be fast but not clever: one statement per
/// list, the same orders and page sizes as the gateway, parameters for every value.
/// </summary>
internal static class FloorServer
{
    private static readonly JsonWriterOptions GraphQlJson = new() { Encoder = JavaScriptEncoder.Default };

    // DRF's renderer writes UTF-8 without escaping non-ASCII or HTML characters.
    private static readonly JsonWriterOptions RestJson =
        new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(string[] args)
    {
        var database = Argument(args, "--database");
        var urls = Argument(args, "--urls");
        if (database is null || urls is null)
        {
            await Console.Error.WriteLineAsync("Usage: Gateway.Benchmarks floor --database FILE --urls URL");
            return 2;
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = database,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        var statistics = new FloorStatistics();

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(urls);
        var app = builder.Build();
        app.MapGet("/stats", () =>
        {
            var (requests, statements) = statistics.Read();
            return Results.Json(new { requests, statements });
        });
        app.MapPost("/graphql", context => AnswerGraphQlAsync(context, connectionString, statistics));
        app.MapGet("/api/v4/packages/", context => AnswerRestAsync(context, connectionString, statistics,
            (session, writer) => RestFloor.PackagesPage(session, writer, context.Request)));
        app.MapGet("/api/v4/packages/{id:int}/", context => AnswerRestAsync(context, connectionString, statistics,
            (session, writer) => RestFloor.Package(
                session, writer, context.Request, int.Parse((string)context.GetRouteValue("id")!, null))));
        app.MapGet("/api/v4/grids/", context => AnswerRestAsync(context, connectionString, statistics,
            (session, writer) => RestFloor.GridsPage(session, writer, context.Request)));
        await app.RunAsync();
        return 0;
    }

    private static async Task AnswerGraphQlAsync(
        HttpContext context, string connectionString, FloorStatistics statistics)
    {
        using var request = await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted);
        var root = request.RootElement;
        var name = root.TryGetProperty("operationName", out var n) ? n.GetString() : null;
        var variables = root.GetProperty("variables");
        Action<FloorSession, JsonElement, Utf8JsonWriter>? answer = name switch
        {
            OperationCatalog.PackageBySlug => GraphQlFloor.PackageBySlug,
            OperationCatalog.PackagesByStars => GraphQlFloor.PackagesByStars,
            OperationCatalog.GridWithPackages => GraphQlFloor.GridWithPackages,
            OperationCatalog.FilteredPackages => GraphQlFloor.FilteredPackages,
            MutationWorkload.OperationName => (session, v, writer) =>
                MutationFloor.UpdatePackage(session, v, writer, context.Request.Headers.Authorization),
            _ => null,
        };
        if (answer is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        context.Response.ContentType = "application/json; charset=utf-8";
        using var session = new FloorSession(connectionString);
        await using (var writer = new Utf8JsonWriter(context.Response.BodyWriter, GraphQlJson))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("data");
            writer.WriteStartObject();
            answer(session, variables, writer);
            writer.WriteEndObject();
            writer.WriteEndObject();
            await writer.FlushAsync(context.RequestAborted);
        }

        statistics.Record(session.Statements);
    }

    private static async Task AnswerRestAsync(
        HttpContext context, string connectionString, FloorStatistics statistics,
        Func<FloorSession, Utf8JsonWriter, bool> answer)
    {
        using var session = new FloorSession(connectionString);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(16 * 1024);
        bool found;
        using (var writer = new Utf8JsonWriter(buffer, RestJson))
        {
            found = answer(session, writer);
        }

        // Note: the body is built before the status is known (a missing object is a 404), so it goes
        // through one buffer; the gateway's shim has to decide the status first too.
        context.Response.StatusCode = found ? StatusCodes.Status200OK : StatusCodes.Status404NotFound;
        context.Response.ContentType = "application/json";
        context.Response.Headers.Allow = "GET, HEAD, OPTIONS";
        context.Response.Headers.Vary = "Accept";
        if (found)
        {
            await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
        }
        else
        {
            await context.Response.WriteAsync("{\"detail\":\"No Package matches the given query.\"}");
        }

        statistics.Record(session.Statements);
    }

    private static string? Argument(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
