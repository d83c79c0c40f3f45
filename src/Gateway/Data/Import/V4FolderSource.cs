using System.Text.Json;
using System.Text.RegularExpressions;

namespace Gateway.Data.Import;

/// <summary>
/// Reads a v4 dump from a folder: <c>categories*.json</c>, <c>grids*.json</c> and <c>packages*.json</c>
/// (names compared without case), each a JSON array or a v4 list page. Several files of one kind are
/// read in natural order (<c>packages-2.json</c> before <c>packages-10.json</c>); a kind with no file
/// is left as it is in the store. A single file named by that convention can be given instead.
/// </summary>
public sealed partial class V4FolderSource(string path)
{
    public async Task<V4Dump> ReadAsync(Action<string>? progress, CancellationToken cancellationToken)
    {
        var files = Files();
        if (files.Count == 0)
        {
            throw new V4ImportException("no_input", path, null, null,
                "holds no categories*.json, grids*.json or packages*.json file");
        }

        var dump = new V4Dump();
        foreach (var (kind, file) in files)
        {
            await ReadFileAsync(kind, file, dump, cancellationToken);
            progress?.Invoke($"Read {Path.GetFileName(file)}: {dump.Count} records so far");
        }

        return dump;
    }

    private List<(V4Kind Kind, string File)> Files()
    {
        if (File.Exists(path))
        {
            return KindOf(path) is { } single
                ? [(single, path)]
                : throw new V4ImportException("no_input", path, null, null,
                    "is not named categories*.json, grids*.json or packages*.json");
        }

        if (!Directory.Exists(path))
        {
            throw new V4ImportException("no_input", path, null, null, "is neither a folder nor a file");
        }

        return Directory.EnumerateFiles(path)
            .Select(file => (Kind: KindOf(file), File: file))
            .Where(f => f.Kind is not null)
            .Select(f => (f.Kind!.Value, f.File))
            .OrderBy(f => f.Value)
            .ThenBy(f => NaturalKey(Path.GetFileName(f.File)), StringComparer.Ordinal)
            .ToList();
    }

    private static async Task ReadFileAsync(V4Kind kind, string file, V4Dump dump, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(file);
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(stream, default, cancellationToken);
        }
        catch (JsonException e)
        {
            throw new V4ImportException("broken_json", file, null, null,
                $"is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {e.Message}", e);
        }

        using (document)
        {
            V4Parser.Read(kind, document.RootElement, file, dump);
        }
    }

    private static V4Kind? KindOf(string file)
    {
        var name = Path.GetFileName(file).ToLowerInvariant();
        if (!name.EndsWith(".json", StringComparison.Ordinal))
        {
            return null;
        }

        return name switch
        {
            _ when name.StartsWith("categories", StringComparison.Ordinal) => V4Kind.Categories,
            _ when name.StartsWith("grids", StringComparison.Ordinal) => V4Kind.Grids,
            _ when name.StartsWith("packages", StringComparison.Ordinal) => V4Kind.Packages,
            _ => null,
        };
    }

    /// <summary>The name with every run of digits padded to 10 places: ordinal order is then natural order.</summary>
    private static string NaturalKey(string name) =>
        Digits().Replace(name.ToLowerInvariant(), m => m.Value.PadLeft(10, '0'));

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}
