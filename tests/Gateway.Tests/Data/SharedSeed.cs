using System.Text.Json;

namespace Gateway.Tests.Data;

/// <summary>The files in the project's <c>shared/seed</c> folder, which sits beside the repository.</summary>
public static class SharedSeed
{
    /// <summary>The v4 JSON of django-multisite2 as the site answered (the HTTP head of the capture skipped).</summary>
    public static JsonDocument MultisitePackage()
    {
        var text = File.ReadAllText(Path.Combine(Folder(), "v4-package-6045.txt"));
        return JsonDocument.Parse(text[text.IndexOf('{', StringComparison.Ordinal)..]);
    }

    private static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gateway.sln")))
            {
                var seed = Path.Combine(dir.FullName, "..", "shared", "seed");
                return Directory.Exists(seed)
                    ? seed
                    : throw new DirectoryNotFoundException($"{seed} is missing: shared/ must sit beside the repository.");
            }
        }

        throw new DirectoryNotFoundException($"No Gateway.sln above {AppContext.BaseDirectory}.");
    }
}
