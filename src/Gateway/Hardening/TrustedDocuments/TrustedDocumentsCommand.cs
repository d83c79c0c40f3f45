using System.CommandLine;
using System.Text.Json;
using Gateway.Cli;
using Gateway.Data;

namespace Gateway.Hardening.TrustedDocuments;

/// <summary>The <c>documents register MANIFEST</c> verb: registers a codegen persisted-documents manifest.</summary>
internal static class TrustedDocumentsCommand
{
    public static Command Create()
    {
        var manifest = new Argument<FileInfo>("manifest")
        {
            Description = "A persisted-documents manifest: a JSON object of { \"<sha256 hex>\": \"<query>\" }.",
        };
        var register = new Command("register", "Register every document of a manifest as trusted (idempotent).");
        register.Arguments.Add(manifest);
        register.SetAction((parse, ct) => GatewayCommandLine.RunWithServicesAsync(
            (services, token) => RegisterAsync(services, parse.GetRequiredValue(manifest), token), ct));

        var documents = new Command("documents", "Manage trusted documents (persisted operations by hash).");
        documents.Subcommands.Add(register);
        return documents;
    }

    private static async Task<int> RegisterAsync(IServiceProvider services, FileInfo file, CancellationToken ct)
    {
        Dictionary<string, string>? entries;
        try
        {
            await using var stream = file.OpenRead();
            entries = await JsonSerializer.DeserializeAsync<Dictionary<string, string>>(stream, cancellationToken: ct);
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            await Console.Error.WriteLineAsync($"Cannot read the manifest {file.FullName}: {e.Message}");
            return 2;
        }

        await services.GetRequiredService<CatalogueInitializer>().MigrateAsync(ct);
        try
        {
            var added = await services.GetRequiredService<TrustedDocumentStore>()
                .RegisterAsync(entries ?? [], ct);
            await Console.Out.WriteLineAsync(
                $"Registered {added} new trusted documents ({(entries?.Count ?? 0) - added} already known).");
            return 0;
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
    }
}
