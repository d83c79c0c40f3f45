using System.Net;
using System.Text;
using System.Text.Json;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Gateway.Cli;
using Gateway.Data;
using Gateway.Graph;
using Gateway.Tests.Infrastructure;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Graph;

public sealed class SchemaDocumentTests
{
    private static readonly HashSet<string> BuiltInScalars = ["String", "Int", "Float", "Boolean", "ID"];

    [Fact]
    public async Task Committed_schema_file_matches_the_live_schema()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        var live = store.Services.GetRequiredService<SchemaDocument>().PrintSdl();
        var committed = await File.ReadAllTextAsync(RepositoryRoot.Combine("schema", "schema.graphql"));

        Assert.True(committed == live, "schema/schema.graphql differs from the live schema; run " +
            "`dotnet run --project src/Gateway -- schema export --output \"$PWD/schema/schema.graphql\"` from the " +
            "repository root and commit the result if the change is meant.\n" +
            Diff(committed, live));
    }

    [Fact]
    public async Task Every_type_field_argument_and_enum_value_has_a_description()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        var schema = store.Services.GetRequiredService<GatewaySchema>();
        schema.Initialize();

        var missing = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)
                     && !BuiltInScalars.Contains(t.Name)))
        {
            Require(type.Description, type.Name, missing);
            if (type is IComplexGraphType complex)
            {
                foreach (var field in complex.Fields)
                {
                    Require(field.Description, $"{type.Name}.{field.Name}", missing);
                    foreach (var argument in field.Arguments ?? [])
                    {
                        Require(argument.Description, $"{type.Name}.{field.Name}({argument.Name})", missing);
                    }
                }
            }

            if (type is EnumerationGraphType enumeration)
            {
                foreach (var value in enumeration.Values)
                {
                    Require(value.Description, $"{type.Name}.{value.Name}", missing);
                }
            }
        }

        Assert.True(missing.Count == 0, "No description on: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Schema_export_writes_sdl_and_introspection_json_deterministically()
    {
        var folder = Directory.CreateTempSubdirectory("gateway-schema-").FullName;
        var sdl = Path.Combine(folder, "schema.graphql");
        var again = Path.Combine(folder, "again.graphql");
        var json = Path.Combine(folder, "schema.json");

        Assert.Equal(0, await GatewayCommandLine.BuildRoot()
            .Parse(["schema", "export", "--output", sdl]).InvokeAsync());
        Assert.Equal(0, await GatewayCommandLine.BuildRoot().Parse(["schema", "export", "-o", again]).InvokeAsync());
        Assert.Equal(0, await GatewayCommandLine.BuildRoot()
            .Parse(["schema", "export", "--format", "json", "--output", json]).InvokeAsync());

        Assert.Equal(await File.ReadAllBytesAsync(sdl), await File.ReadAllBytesAsync(again));
        Assert.Contains("type Package implements Node", await File.ReadAllTextAsync(sdl), StringComparison.Ordinal);
        using var introspection = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var types = introspection.RootElement.GetProperty("data").GetProperty("__schema").GetProperty("types");
        Assert.Contains(types.EnumerateArray(), t => t.GetProperty("name").GetString() == "Package");
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Schema_export_refuses_an_unknown_format()
    {
        var exit = await GatewayCommandLine.BuildRoot().Parse(["schema", "export", "--format", "yaml"]).InvokeAsync();

        Assert.NotEqual(0, exit);
    }

    [Fact]
    public async Task Get_graphql_with_sdl_returns_the_schema_as_text()
    {
        await using var store = await TestStore.CreateAsync(CatalogueProvider.Sqlite);
        await using var factory = new GatewayFactory(store);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/graphql?sdl", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(store.Services.GetRequiredService<SchemaDocument>().PrintSdl(),
            await response.Content.ReadAsStringAsync());
    }

    private static void Require(string? description, string element, List<string> missing)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            missing.Add(element);
        }
    }

    private static string Diff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual);
        var text = new StringBuilder();
        foreach (var line in diff.Lines.Where(l => l.Type is ChangeType.Inserted or ChangeType.Deleted).Take(200))
        {
            text.Append(line.Type == ChangeType.Inserted ? "+ " : "- ").AppendLine(line.Text);
        }

        return text.ToString();
    }
}
