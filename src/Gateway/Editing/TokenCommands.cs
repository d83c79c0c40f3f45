using System.CommandLine;
using System.Globalization;
using Gateway.Cli;
using Gateway.Data;

namespace Gateway.Editing;

/// <summary>The <c>tokens</c> verb: <c>create</c>, <c>list</c> and <c>revoke</c> API tokens.</summary>
internal static class TokenCommands
{
    public static Command Build()
    {
        var tokens = new Command("tokens", "Create, list and revoke the API tokens that edits need.");
        tokens.Subcommands.Add(Create());
        tokens.Subcommands.Add(List());
        tokens.Subcommands.Add(Revoke());
        return tokens;
    }

    private static Command Create()
    {
        var name = new Option<string>("--name")
        {
            Description = "Who the token is for; edits made with it are signed with this name.",
            Required = true,
        };
        var role = new Option<string>("--role")
        {
            Description = "editor (packages, unlocked grids) or moderator (also categories and locked grids).",
            Required = true,
        };
        role.AcceptOnlyFromAmong(EditorRoles.Editor, EditorRoles.Moderator);
        var command = new Command("create", "Make a token and print its secret once; only its hash is kept.")
        {
            name,
            role,
        };
        command.SetAction((parsed, ct) => GatewayCommandLine.RunWithServicesAsync(
            async (services, token) =>
            {
                // A token may be the first thing made on a new install, so the store is made ready first.
                await services.GetRequiredService<CatalogueInitializer>().MigrateAsync(token);
                ApiTokenService.CreatedToken created;
                try
                {
                    created = await services.GetRequiredService<ApiTokenService>().CreateAsync(
                        parsed.GetValue(name)!, EditorRoles.Parse(parsed.GetValue(role))!.Value, token);
                }
                catch (Exception e) when (e is ArgumentException or InvalidOperationException)
                {
                    await Console.Error.WriteLineAsync(e.Message);
                    return 2;
                }

                await Console.Out.WriteLineAsync(created.Secret);
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Token {created.Token.Id} '{created.Token.Name}' ({created.Token.Role}) created. " +
                    $"The secret above is shown only now; send it as 'Authorization: Bearer <secret>'."));
                return 0;
            },
            ct));
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "List every token: id, name, role, created, revoked. No secrets.");
        command.SetAction((_, ct) => GatewayCommandLine.RunWithServicesAsync(
            async (services, token) =>
            {
                var all = await services.GetRequiredService<ApiTokenService>().ListAsync(token);
                await Console.Out.WriteLineAsync("id\tname\trole\tcreated\trevoked");
                foreach (var t in all)
                {
                    await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"{t.Id}\t{t.Name}\t{t.Role}\t{t.Created:O}\t{t.Revoked?.ToString("O") ?? "-"}"));
                }

                return 0;
            },
            ct));
        return command;
    }

    private static Command Revoke()
    {
        var name = new Option<string>("--name")
        {
            Description = "The name (or numeric id) of the token to revoke.",
            Required = true,
        };
        name.Aliases.Add("--id");
        var command = new Command("revoke", "Revoke the valid tokens of a name (or the token of an id).") { name };
        command.SetAction((parsed, ct) => GatewayCommandLine.RunWithServicesAsync(
            async (services, token) =>
            {
                var target = parsed.GetValue(name)!;
                var count = await services.GetRequiredService<ApiTokenService>().RevokeAsync(target, token);
                await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Revoked {count} token(s) matching '{target}'."));
                return count > 0 ? 0 : 1;
            },
            ct));
        return command;
    }
}
