using System.CommandLine;
using Gateway.Data;
using Gateway.Data.Import;

namespace Gateway.Cli;

/// <summary>The <c>import &lt;path-or-url&gt;</c> verb: loads djangopackages.org API v4 JSON.</summary>
internal static class ImportVerb
{
    /// <summary>The exit code for input that was refused; the store is left as it was.</summary>
    public const int BadInput = 2;

    public static Command Create()
    {
        var source = new Argument<string>("path-or-url")
        {
            Description = "A folder of categories*.json, grids*.json and packages*.json files (JSON arrays or "
                + "v4 list pages), one such file, or a v4 base URL such as https://djangopackages.org/api/v4/.",
        };
        var command = new Command("import",
            "Migrate, then upsert v4 categories, grids and packages by id, in one transaction.");
        command.Arguments.Add(source);
        command.SetAction((parsed, ct) => GatewayCommandLine.RunWithServicesAsync(
            (services, token) => RunAsync(services, parsed.GetRequiredValue(source), token), ct));
        return command;
    }

    private static async Task<int> RunAsync(
        IServiceProvider services, string source, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<CatalogueInitializer>().MigrateAsync(cancellationToken);
        var http = services.GetRequiredService<IHttpClientFactory>()
            .CreateClient(ImportServiceCollectionExtensions.HttpClientName);
        try
        {
            var summary = await services.GetRequiredService<V4Importer>().ImportAsync(
                source, http, message => Console.Error.WriteLine(message), cancellationToken);
            await Console.Out.WriteLineAsync($"Imported {source}: {summary}.");
            return 0;
        }
        catch (V4ImportException e)
        {
            await Console.Error.WriteLineAsync($"import failed [{e.Code}]: {e.Message}");
            await Console.Error.WriteLineAsync("Nothing was written: the catalogue is as it was.");
            return BadInput;
        }
    }
}
