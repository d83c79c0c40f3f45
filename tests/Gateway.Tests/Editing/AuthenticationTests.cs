using Gateway.Data;
using Gateway.Editing;
using Gateway.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Tests.Editing;

public sealed class AuthenticationTests
{
    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Missing_wrong_and_revoked_tokens_get_the_same_forbidden_error(CatalogueProvider provider)
    {
        // No per-instance cache here, so that the revocation is seen at once.
        await using var host = await EditingHost.StartAsync(provider,
            settings: new Dictionary<string, string?> { ["Editing:TokenCacheSeconds"] = "0" });
        var category = await host.AddCategoryAsync("apps");
        var tokens = host.Store.Services.GetRequiredService<ApiTokenService>();
        var revoked = (await tokens.CreateAsync("leaver", EditorRole.Editor, default)).Secret;
        var input = new { title = "T", slug = "t", categoryId = EditingHost.Id("Category", category.Id) };
        var before = await host.MutateAsync("createPackage", input, "package { id }", revoked);
        await tokens.RevokeAsync("leaver", default);

        var answers = new List<string>();
        foreach (var token in new[] { null, "", "gwt_unknown", ApiTokenSecrets.NewSecret(), revoked, new string('x',
            5000) })
        {
            var payload = await host.MutateAsync("createPackage", input, "package { id }", token);
            Assert.Null(payload["package"]);
            var error = Assert.Single(payload["errors"]!.AsArray())!;
            Assert.Equal(("ForbiddenError", "UNAUTHENTICATED", "EDITOR"),
                ((string)error["__typename"]!, (string)error["reason"]!, (string)error["requiredRole"]!));
            answers.Add(error.ToJsonString());
        }

        Assert.NotNull(before["package"]);
        Assert.Single(answers.Distinct());
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Reading_needs_no_token_even_when_a_wrong_one_is_sent(CatalogueProvider provider)
    {
        await using var host = await EditingHost.StartAsync(provider);
        await host.AddCategoryAsync("apps");

        var anonymous = await host.PostAsync("{ category(slug: \"apps\") { slug } }");
        var wrongToken = await host.PostAsync("{ category(slug: \"apps\") { slug } }", token: "gwt_wrong");

        Assert.Equal("apps", (string)anonymous["data"]!["category"]!["slug"]!);
        Assert.Equal("apps", (string)wrongToken["data"]!["category"]!["slug"]!);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Editor_token_may_not_edit_categories_and_moderator_token_may(CatalogueProvider provider)
    {
        await using var host = await EditingHost.StartAsync(provider);
        var input = new { title = "Apps", slug = "apps" };

        var byEditor = await host.MutateAsync("createCategory", input, "category { slug }", host.EditorToken);
        var byModerator = await host.MutateAsync("createCategory", input, "category { slug }", host.ModeratorToken);

        var error = Assert.Single(byEditor["errors"]!.AsArray())!;
        Assert.Equal(("ForbiddenError", "ROLE", "MODERATOR"),
            ((string)error["__typename"]!, (string)error["reason"]!, (string)error["requiredRole"]!));
        Assert.Equal("apps", (string)byModerator["category"]!["slug"]!);
    }
}
