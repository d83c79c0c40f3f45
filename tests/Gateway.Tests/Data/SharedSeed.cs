using System.Text.Json;

namespace Gateway.Tests.Data;

/// <summary>
/// The seed record the REST shim must reproduce: djangopackages.org's answer for package 6045
/// (django-multisite2), as DRF's browsable API shows it. A copy is kept in <c>tests/Gateway.Tests/Seed</c>
/// and copied beside the test assembly, so the tests need nothing outside the repository.
/// </summary>
public static class SharedSeed
{
    /// <summary>The path of the seed record beside the test assembly.</summary>
    public static string MultisitePackagePath { get; } =
        Path.Combine(AppContext.BaseDirectory, "Seed", "v4-package-6045.txt");

    /// <summary>The v4 JSON of django-multisite2 as the site answered (the HTTP head of the capture skipped).</summary>
    public static JsonDocument MultisitePackage()
    {
        var text = File.ReadAllText(MultisitePackagePath);
        return JsonDocument.Parse(text[text.IndexOf('{', StringComparison.Ordinal)..]);
    }
}
