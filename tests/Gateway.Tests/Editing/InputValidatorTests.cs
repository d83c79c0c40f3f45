using Gateway.Editing;

namespace Gateway.Tests.Editing;

public sealed class InputValidatorTests
{
    [Theory]
    [InlineData("django-rest_framework2", "django-rest_framework2")]
    [InlineData("  Django-CMS ", "django-cms")] // lower-cased and trimmed, as the site does
    public void Slug_valid_is_normalised(string input, string expected)
    {
        var v = new InputValidator();

        var slug = v.Slug("slug", input, 100);

        Assert.True(v.IsValid);
        Assert.Equal(expected, slug);
    }

    [Theory]
    [InlineData("has space", "INVALID_SLUG")]
    [InlineData("dots.are.out", "INVALID_SLUG")]
    [InlineData("ümlaut", "INVALID_SLUG")] // letters outside a-z
    [InlineData("", "REQUIRED")]
    [InlineData("tab\there", "CONTROL_CHARACTER")]
    public void Slug_invalid_is_refused_with_a_reason(string input, string reason)
    {
        var v = new InputValidator();

        v.Slug("slug", input, 100);

        var error = Assert.IsType<ValidationError>(Assert.Single(v.Errors));
        Assert.Equal(("slug", reason), (error.Field, error.Reason));
    }

    [Fact]
    public void Line_over_the_limit_names_length_and_limit()
    {
        var v = new InputValidator();

        v.RequiredLine("title", new string('x', 101), 100);

        var error = Assert.IsType<ValidationError>(Assert.Single(v.Errors));
        Assert.Equal("TOO_LONG", error.Reason);
        Assert.Contains("101", error.Message, StringComparison.Ordinal);
        Assert.Contains("100", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nul\0inside")]
    [InlineData("bell\u0007")]
    [InlineData("c1\u0085control")]
    public void Line_with_control_or_invalid_character_is_refused(string input)
    {
        var v = new InputValidator();

        v.Line("title", input, 100);

        Assert.Equal("CONTROL_CHARACTER", Assert.IsType<ValidationError>(Assert.Single(v.Errors)).Reason);
    }

    [Fact]
    public void Line_with_a_lone_surrogate_is_refused()
    {
        // Built here: xunit's test-case serialisation would replace a lone surrogate in an attribute.
        var input = "lone" + (char)0xD800 + "surrogate";
        var v = new InputValidator();

        v.Line("title", input, 100);

        Assert.Equal("CONTROL_CHARACTER", Assert.IsType<ValidationError>(Assert.Single(v.Errors)).Reason);
    }

    [Fact]
    public void Paragraphs_allow_line_breaks_and_tabs_and_emoji()
    {
        var v = new InputValidator();

        v.Paragraphs("description", "first line\r\nsecond\tline 🐍", 2000);

        Assert.True(v.IsValid);
    }

    [Theory]
    [InlineData("https://github.com/django/django", true)]
    [InlineData("http://example.org/x?y=1", true)]
    [InlineData("", true)] // none
    [InlineData("ftp://example.org/", false)]
    [InlineData("github.com/django/django", false)]
    [InlineData("/relative/path", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("https://exa mple.org/", false)]
    public void Url_must_be_absolute_http_or_https(string input, bool valid)
    {
        var v = new InputValidator();

        v.Url("repoUrl", input, 255);

        Assert.Equal(valid, v.IsValid);
    }

    [Fact]
    public void Url_over_255_characters_is_too_long()
    {
        var v = new InputValidator();

        v.Url("repoUrl", "https://example.org/" + new string('a', 236), 255);

        Assert.Equal("TOO_LONG", Assert.IsType<ValidationError>(Assert.Single(v.Errors)).Reason);
    }

    [Theory]
    [InlineData(52, false, null)]
    [InlineData(51, false, "WRONG_COUNT")]
    [InlineData(53, false, "WRONG_COUNT")]
    [InlineData(52, true, "NEGATIVE")]
    public void Weekly_counts_need_exactly_52_non_negative_values(int count, bool withNegative, string? reason)
    {
        var values = Enumerable.Repeat(3, count).ToList();
        if (withNegative)
        {
            values[7] = -1;
        }

        var v = new InputValidator();

        v.WeeklyCounts("commitsOver52", values, 52);

        Assert.Equal(reason, v.Errors.OfType<ValidationError>().SingleOrDefault()?.Reason);
    }

    [Fact]
    public void Every_problem_of_one_input_comes_back_together()
    {
        var v = new InputValidator();

        v.RequiredLine("title", "", 100);
        v.Slug("slug", "Not A Slug", 100);
        v.Url("repoUrl", "nope", 255);
        v.WeeklyCounts("commitsOver52", [1, -2], 52);

        Assert.Equal(
            ["title", "slug", "repoUrl", "commitsOver52", "commitsOver52"],
            v.Errors.OfType<ValidationError>().Select(e => e.Field));
    }
}
