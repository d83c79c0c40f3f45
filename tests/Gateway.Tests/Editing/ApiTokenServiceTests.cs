using System.Security.Cryptography;
using System.Text;
using Gateway.Data;
using Gateway.Editing;
using Gateway.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Editing;

public sealed class ApiTokenServiceTests
{
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Create_stores_only_the_sha256_of_a_high_entropy_secret(CatalogueProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var tokens = store.Services.GetRequiredService<ApiTokenService>();

        var created = await tokens.CreateAsync("alice", EditorRole.Editor, CancellationToken.None);

        await using var db = store.CreateContext();
        var row = await db.ApiTokens.SingleAsync();
        Assert.StartsWith(ApiTokenSecrets.Prefix, created.Secret, StringComparison.Ordinal);
        Assert.True(created.Secret.Length >= 40);
        Assert.DoesNotContain(created.Secret, row.Hash, StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(created.Secret))), row.Hash);
        Assert.Equal(("alice", "editor", (DateTime?)null), (row.Name, row.Role, row.Revoked));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Find_accepts_a_valid_secret_and_refuses_unknown_and_revoked_alike(CatalogueProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var tokens = store.Services.GetRequiredService<ApiTokenService>();
        var kept = await tokens.CreateAsync("mod", EditorRole.Moderator, CancellationToken.None);
        var revoked = await tokens.CreateAsync("gone", EditorRole.Editor, CancellationToken.None);

        Assert.Equal(1, await tokens.RevokeAsync("gone", CancellationToken.None));

        Assert.Equal(new EditorIdentity("mod", EditorRole.Moderator),
            await tokens.FindValidAsync(kept.Secret, CancellationToken.None));
        Assert.Null(await tokens.FindValidAsync(revoked.Secret, CancellationToken.None));
        Assert.Null(await tokens.FindValidAsync(ApiTokenSecrets.NewSecret(), CancellationToken.None));
        Assert.Null(await tokens.FindValidAsync(new string('x', 10_000), CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Create_refuses_a_second_valid_token_of_the_same_name(CatalogueProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var tokens = store.Services.GetRequiredService<ApiTokenService>();
        await tokens.CreateAsync("bob", EditorRole.Editor, CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => tokens.CreateAsync("bob", EditorRole.Moderator, CancellationToken.None));
        await tokens.RevokeAsync("bob", CancellationToken.None);
        var again = await tokens.CreateAsync("bob", EditorRole.Moderator, CancellationToken.None);

        Assert.Equal(2, (await tokens.ListAsync(CancellationToken.None)).Count);
        Assert.Equal(EditorRole.Moderator,
            (await tokens.FindValidAsync(again.Secret, CancellationToken.None))?.Role);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Revoke_by_id_revokes_only_that_token(CatalogueProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var tokens = store.Services.GetRequiredService<ApiTokenService>();
        var first = await tokens.CreateAsync("one", EditorRole.Editor, CancellationToken.None);
        var second = await tokens.CreateAsync("two", EditorRole.Editor, CancellationToken.None);

        var count = await tokens.RevokeAsync(
            first.Token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), CancellationToken.None);

        Assert.Equal(1, count);
        Assert.Null(await tokens.FindValidAsync(first.Secret, CancellationToken.None));
        Assert.NotNull(await tokens.FindValidAsync(second.Secret, CancellationToken.None));
    }

    [Theory]
    [InlineData("")]
    [InlineData("new\nline")]
    public void Create_refuses_a_bad_name(string name)
    {
        Assert.NotNull(ApiTokenService.ValidateName(name));
    }

    [Fact]
    public void Tokens_create_verb_refuses_an_unknown_role()
    {
        var parsed = Gateway.Cli.GatewayCommandLine.BuildRoot()
            .Parse(["tokens", "create", "--name", "x", "--role", "admin"]);

        Assert.NotEmpty(parsed.Errors);
    }
}
