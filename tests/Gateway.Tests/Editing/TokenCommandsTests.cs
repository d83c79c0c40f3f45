using Gateway.Data;
using Gateway.Editing;
using Gateway.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Editing;

public sealed class TokenCommandsTests
{
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Tokens_verbs_create_list_and_revoke_through_the_real_executable(CatalogueProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var tokens = store.Services.GetRequiredService<ApiTokenService>();

        var created = await RunAsync(store, "tokens", "create", "--name", "carol", "--role", "moderator");
        var secret = created.Output.Trim();
        var listed = await RunAsync(store, "tokens", "list");
        var found = await tokens.FindValidAsync(secret, default);
        var revoked = await RunAsync(store, "tokens", "revoke", "--name", "carol");
        var again = await RunAsync(store, "tokens", "revoke", "--name", "carol");

        Assert.Equal(0, created.ExitCode);
        Assert.StartsWith(ApiTokenSecrets.Prefix, secret, StringComparison.Ordinal);
        Assert.Equal(new EditorIdentity("carol", EditorRole.Moderator), found);
        Assert.Contains("carol\tmoderator", listed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listed.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiTokenSecrets.Hash(secret), listed.Output, StringComparison.Ordinal);
        Assert.Equal((0, 1), (revoked.ExitCode, again.ExitCode));
        Assert.Null(await tokens.FindValidAsync(secret, default));
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(TestStore store, params string[] arguments)
    {
        var (exitCode, output, _) = await GatewayProcess.RunAsync(store, arguments);
        return (exitCode, output);
    }
}
