using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Gateway.Data;
using Gateway.Editing;
using Gateway.Observability;
using Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Gateway.Tests.Observability;

/// <summary>
/// The request log line, the traces and the OTLP switch, read back from the real application: logs
/// through a logger provider added to its host, activities through a listener of the test's own, OTLP
/// through a receiver on loopback.
/// </summary>
public sealed class ObservabilityTests
{
    private const string Top = "query Top { packages(first: 3) { nodes { title category { title } } } }";

    /// <summary>
    /// A filtered page (read through EF Core) with the category of each package (a hand-written statement).
    /// </summary>
    private const string Traced =
        "query Top { packages(first: 3, where: { title: { neq: \"\" } }) { nodes { title category { title } } } }";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Each_request_writes_one_line_with_its_id_operation_cost_statements_and_duration()
    {
        await using var store = await TestStore.CreateDemoAsync(CatalogueProvider.Sqlite);
        await using var factory = WithFakeLogging(new GatewayFactory(store, Settings(("Gateway:Diagnostics", "true"))));
        using var http = factory.CreateClient();

        using var response = await http.PostAsJsonAsync("/graphql", new { query = Top });
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var requestId = response.Headers.GetValues(RequestLoggingMiddleware.RequestIdHeader).Single();
        var line = await RequestLineAsync(factory, requestId);

        var extensions = root.GetProperty("extensions");
        var statements = extensions.GetProperty("diagnostics").GetProperty("sqlStatements").GetInt32();
        Assert.Equal("Top", line.GetStructuredStateValue("OperationName"));
        Assert.Equal(extensions.GetProperty("cost").GetProperty("requestedNodes").GetInt64().ToString(
            CultureInfo.InvariantCulture), line.GetStructuredStateValue("Cost"));
        Assert.Equal(2, statements);
        Assert.Equal("2", line.GetStructuredStateValue("SqlStatements"));
        Assert.Equal("200", line.GetStructuredStateValue("StatusCode"));
        Assert.Equal("/graphql", line.GetStructuredStateValue("Path"));
        Assert.True(double.Parse(line.GetStructuredStateValue("ElapsedMs")!, CultureInfo.InvariantCulture) > 0);
        Assert.Equal(LogLevel.Information, line.Level);
    }

    [Fact]
    public async Task The_line_counts_the_token_lookup_and_the_diagnostics_only_the_operation()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        var token = (await store.Services.GetRequiredService<ApiTokenService>()
            .CreateAsync("mo", EditorRole.Moderator, default)).Secret;
        await using var factory = WithFakeLogging(new GatewayFactory(store, Settings(("Gateway:Diagnostics", "true"))));
        using var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await http.PostAsJsonAsync("/graphql", new
        {
            query = "mutation Add { createCategory(input: { title: \"Logs\", slug: \"logs\" }) { category { id } } }",
        });
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var line = await RequestLineAsync(factory,
            response.Headers.GetValues(RequestLoggingMiddleware.RequestIdHeader).Single());

        var statements = root.GetProperty("extensions").GetProperty("diagnostics")
            .GetProperty("sqlStatements").GetInt32();
        Assert.True(statements > 0, root.ToString());
        Assert.Equal("Add", line.GetStructuredStateValue("OperationName"));
        Assert.Equal((statements + 1).ToString(CultureInfo.InvariantCulture),
            line.GetStructuredStateValue("SqlStatements"));
    }

    [Fact]
    public async Task A_request_is_traced_by_asp_net_core_the_graphql_operation_and_ef_core_in_one_trace()
    {
        var (server, operation, statements) = await TraceOneRequestAsync(
            Settings(("Gateway:Telemetry:Traces", "true")));

        Assert.Equal(ActivityKind.Server, server.Kind);
        Assert.Equal("query Top", operation.DisplayName);
        Assert.Equal("Top", operation.GetTagItem("graphql.operation.name"));
        Assert.Equal("query", operation.GetTagItem("graphql.operation.type"));
        Assert.Equal(server.SpanId, operation.ParentSpanId);
        // Note: every OpenTelemetry host in the test process instruments every EF Core command, so the
        // hosts of tests running beside this one add copies, each nested under the span made before it;
        // the gateway alone makes one per statement. Every chain of them must start at the operation.
        Assert.Contains(statements, s => s.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal));
        var handWritten = Assert.Single(statements, s => s.Source.Name == GatewayTelemetry.SqlSourceName);
        Assert.Equal(ActivityKind.Client, handWritten.Kind);
        Assert.Equal("sqlite", handWritten.GetTagItem("db.system.name"));
        Assert.Contains("FROM \"categories\"", (string?)handWritten.GetTagItem("db.query.text"),
            StringComparison.Ordinal);
        var bySpan = statements.ToDictionary(s => s.SpanId);
        Assert.All(statements, s =>
        {
            var first = s;
            while (bySpan.TryGetValue(first.ParentSpanId, out var outer))
            {
                first = outer;
            }

            Assert.Equal(operation.SpanId, first.ParentSpanId);
        });
    }

    [Fact]
    public async Task Without_an_exporter_no_ef_core_spans_are_made_unless_traces_are_switched_on()
    {
        // Note: the tests of this class run one after another, and no other test host turns traces on.
        var (server, operation, statements) = await TraceOneRequestAsync(Settings());

        Assert.Equal(ActivityKind.Server, server.Kind);
        Assert.Equal(server.SpanId, operation.ParentSpanId);
        Assert.DoesNotContain(statements,
            s => s.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal));
    }

    /// <summary>
    /// Sends one GraphQL request in a trace of its own to a gateway with <paramref name="settings"/>, listening to
    /// every activity source in the process, and returns the request's server span, its GraphQL operation span
    /// and the spans of its SQL statements (EF Core's and the hand-written ones).
    /// </summary>
    private static async Task<(Activity Server, Activity Operation, List<Activity> Statements)>
        TraceOneRequestAsync(Dictionary<string, string?> settings)
    {
        var traceId = ActivityTraceId.CreateRandom();
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> options) => options.TraceId == traceId
                ? ActivitySamplingResult.AllDataAndRecorded
                : ActivitySamplingResult.None,
            ActivityStopped = activity =>
            {
                if (activity.TraceId == traceId)
                {
                    stopped.Enqueue(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        await using var store = await TestStore.CreateDemoAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store, settings);
        using var http = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = Traced }),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        using var response = await http.SendAsync(request);
        await response.Content.ReadAsStringAsync();
        response.EnsureSuccessStatusCode();
        var server = await EventuallyAsync(() => stopped.FirstOrDefault(a => a.Source.Name == "Microsoft.AspNetCore"));
        Assert.Equal(traceId.ToHexString(),
            response.Headers.GetValues(RequestLoggingMiddleware.RequestIdHeader).Single());

        var operation = Assert.Single(stopped, a => a.Source.Name == GatewayTelemetry.SourceName);
        var statements = stopped.Where(a => a.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal)
                || a.Source.Name == GatewayTelemetry.SqlSourceName)
            .ToList();
        return (server, operation, statements);
    }

    [Fact]
    public async Task Otel_exporter_otlp_endpoint_sends_traces_and_metrics_of_graphql_and_asp_net_core()
    {
        var received = new ConcurrentQueue<(string Path, string? ContentType, byte[] Body)>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var collector = builder.Build();
        collector.MapPost("/v1/{signal}", async (HttpContext context) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            received.Enqueue((context.Request.Path, context.Request.ContentType, body.ToArray()));
            return Results.Ok();
        });
        await collector.StartAsync();
        await using var store = await TestStore.CreateDemoAsync(CatalogueProvider.Sqlite);
        // Note: exports are batched; short intervals let the test see them while the gateway runs.
        await using var factory = new GatewayFactory(store, Settings(
            ("OTEL_EXPORTER_OTLP_ENDPOINT", collector.Urls.Single()),
            ("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"),
            ("OTEL_BSP_SCHEDULE_DELAY", "100"),
            ("OTEL_METRIC_EXPORT_INTERVAL", "100")));
        using var http = factory.CreateClient();
        using var response = await http.PostAsJsonAsync("/graphql", new { query = Top });

        var span = await EventuallyAsync(() => received.FirstOrDefault(
            r => r.Path == "/v1/traces" && Contains(r.Body, "query Top")).Body, "span 'query Top'");
        await EventuallyAsync(() => received.FirstOrDefault(
            r => r.Path == "/v1/metrics" && Contains(r.Body, "gateway.graphql.operation.duration")).Body,
            "gateway.graphql.operation.duration");
        await EventuallyAsync(() => received.FirstOrDefault(
            r => r.Path == "/v1/metrics" && Contains(r.Body, "http.server.request.duration")
                && Contains(r.Body, "/graphql")).Body, "http.server.request.duration of /graphql");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(received, r => Assert.Equal("application/x-protobuf", r.ContentType));
        Assert.True(Contains(span, "service.name") && Contains(span, "gateway"),
            "the service name was not exported with the span");
    }

    private static Dictionary<string, string?> Settings(params (string Key, string? Value)[] settings) =>
        settings.ToDictionary(s => s.Key, s => s.Value);

    private static WebApplicationFactory<Program> WithFakeLogging(GatewayFactory factory) =>
        factory.WithWebHostBuilder(b => b
            .UseSetting("Logging:LogLevel:Gateway.Observability", "Information")
            .ConfigureTestServices(services => services.AddFakeLogging()));

    /// <summary>The request's log line (event 800), carrying <paramref name="requestId"/> in its scope.</summary>
    private static Task<FakeLogRecord> RequestLineAsync(WebApplicationFactory<Program> factory, string requestId) =>
        EventuallyAsync(() => factory.Services.GetFakeLogCollector().GetSnapshot().SingleOrDefault(r => r.Id.Id == 800
            && r.Scopes.OfType<IEnumerable<KeyValuePair<string, object>>>()
                .Any(scope => scope.Any(kv => kv.Key == "RequestId" && Equals(kv.Value, requestId)))));

    /// <summary>
    /// Waits for what the server records as the response ends (a log line, a stopped activity): the
    /// client can hold the whole body a moment before the server's pipeline has unwound.
    /// </summary>
    private static async Task<T> EventuallyAsync<T>(Func<T?> find, string? what = null)
        where T : class
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            if (find() is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not seen within {Patience.TotalSeconds} s: {what ?? typeof(T).Name}.");
            }

            await Task.Delay(10);
        }
    }

    private static bool Contains(byte[] haystack, string needle) =>
        haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(needle)) >= 0;
}
