using System.CommandLine;
using Gateway.Graph;

namespace Gateway.Cli;

/// <summary><c>schema export [--output PATH] [--format sdl|json]</c>: writes the schema without serving.</summary>
internal static class SchemaVerb
{
    public const string DefaultOutput = "schema/schema.graphql";

    public static Command Build()
    {
        var output = new Option<string>("--output", "-o")
        {
            Description = $"File to write; '-' writes to standard output. Default: {DefaultOutput} " +
                "(schema/schema.json with --format json).",
        };
        var format = new Option<string>("--format")
        {
            Description = "sdl (default): the schema in GraphQL SDL; json: the introspection result.",
            DefaultValueFactory = _ => "sdl",
        };
        format.AcceptOnlyFromAmong("sdl", "json");

        var export = new Command("export", "Write the schema as SDL or as an introspection result.");
        export.Options.Add(output);
        export.Options.Add(format);
        export.SetAction((result, ct) => GatewayCommandLine.RunWithServicesAsync(
            (services, token) => ExportAsync(services, result.GetValue(format)!, result.GetValue(output), token), ct));

        var schema = new Command("schema", "Work with the GraphQL schema.");
        schema.Subcommands.Add(export);
        return schema;
    }

    private static async Task<int> ExportAsync(
        IServiceProvider services, string format, string? output, CancellationToken cancellationToken)
    {
        var document = services.GetRequiredService<SchemaDocument>();
        var json = format == "json";
        var text = json ? await document.IntrospectAsync(services, cancellationToken) : document.PrintSdl();
        output ??= json ? "schema/schema.json" : DefaultOutput;
        if (output == "-")
        {
            await Console.Out.WriteAsync(text);
            return 0;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(output));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await File.WriteAllTextAsync(output, text, cancellationToken);
        await Console.Error.WriteLineAsync($"Wrote {text.Length} characters of {format} to {output}.");
        return 0;
    }
}
