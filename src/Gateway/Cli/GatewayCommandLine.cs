using System.CommandLine;
using Gateway.Data;
using Gateway.Editing;
using Gateway.Hardening.TrustedDocuments;
using Gateway.Hosting;

namespace Gateway.Cli;

/// <summary>
/// The executable's command line: no verb serves; a verb (<c>migrate</c>, <c>seed</c>, ...) runs one task
/// against the configured store and exits.
/// </summary>
public static class GatewayCommandLine
{
    /// <summary>Runs the verb named by <paramref name="args"/>, or the server when there is none.</summary>
    public static async Task<int> InvokeAsync(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            await GatewayApplication.Build(args).RunAsync();
            return 0;
        }

        return await BuildRoot().Parse(args).InvokeAsync();
    }

    internal static RootCommand BuildRoot()
    {
        var root = new RootCommand(
            "Gateway: a GraphQL gateway over the Django Packages catalogue. With no verb it serves.");
        root.Subcommands.Add(Verb("migrate", "Create the store if missing and apply pending migrations.",
            async (services, ct) =>
            {
                await services.GetRequiredService<CatalogueInitializer>().MigrateAsync(ct);
                return 0;
            }));
        root.Subcommands.Add(Verb("seed", "Migrate, then fill an empty catalogue with the demo catalogue.",
            async (services, ct) =>
            {
                var initializer = services.GetRequiredService<CatalogueInitializer>();
                await initializer.MigrateAsync(ct);
                var seeded = await initializer.SeedIfEmptyAsync(ct);
                await Console.Out.WriteLineAsync(seeded
                    ? "Seeded the demo catalogue."
                    : "The catalogue is not empty: nothing seeded.");
                return 0;
            }));
        root.Subcommands.Add(TokenCommands.Build());
        root.Subcommands.Add(TrustedDocumentsCommand.Create());
        root.Subcommands.Add(ImportVerb.Create());
        root.Subcommands.Add(SchemaVerb.Build());
        return root;
    }

    /// <summary>A verb that runs <paramref name="run"/> with the gateway's services, outside the web server.</summary>
    internal static Command Verb(
        string name, string description, Func<IServiceProvider, CancellationToken, Task<int>> run)
    {
        var command = new Command(name, description);
        command.SetAction((_, ct) => RunWithServicesAsync(run, ct));
        return command;
    }

    internal static async Task<int> RunWithServicesAsync(
        Func<IServiceProvider, CancellationToken, Task<int>> run, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder();
        BaseDirectorySettings.AddTo(builder.Configuration, builder.Environment);
        builder.Services.AddGatewayServices(builder.Configuration);
        using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        return await run(scope.ServiceProvider, cancellationToken);
    }
}
