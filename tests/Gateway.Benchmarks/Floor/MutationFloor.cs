using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Gateway.Benchmarks.Floor;

/// <summary>
/// <c>updatePackage</c> by hand: the Bearer token checked against its stored SHA-256 hash, then one
/// conditional UPDATE on the version (optimistic concurrency) that returns the new row.
/// </summary>
internal static class MutationFloor
{
    private const string TokenSql = "SELECT name FROM api_tokens WHERE hash = $hash AND revoked IS NULL";

    private const string UpdateSql = """
        UPDATE packages
        SET repo_description = $description, version = version + 1, modified = $now, modified_by = $editor
        WHERE id = $id AND version = $version
        RETURNING id, version, repo_description
        """;

    public static void UpdatePackage(
        FloorSession session, JsonElement variables, Utf8JsonWriter writer, string? authorization)
    {
        writer.WritePropertyName("updatePackage");
        var editor = Editor(session, authorization);
        if (editor is null)
        {
            WriteRefusal(writer, "ForbiddenError");
            return;
        }

        var input = variables.GetProperty("input");
        var id = PackageId(input.GetProperty("id").GetString()!);
        using var command = session.Command(UpdateSql);
        command.Parameters.AddWithValue("$description", input.GetProperty("repoDescription").GetString());
        command.Parameters.AddWithValue("$now",
            DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$editor", editor);
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$version", input.GetProperty("version").GetInt32());
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            WriteRefusal(writer, "StaleVersionError");
            return;
        }

        writer.WriteStartObject();
        writer.WriteStartObject("package");
        writer.WriteNumber("databaseId", reader.GetInt32(0));
        writer.WriteNumber("version", reader.GetInt32(1));
        writer.WriteString("repoDescription", reader.GetString(2));
        writer.WriteEndObject();
        writer.WriteStartArray("errors");
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteRefusal(Utf8JsonWriter writer, string errorType)
    {
        writer.WriteStartObject();
        writer.WriteNull("package");
        writer.WriteStartArray("errors");
        writer.WriteStartObject();
        writer.WriteString("__typename", errorType);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string? Editor(FloorSession session, string? authorization)
    {
        const string scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(scheme, StringComparison.Ordinal))
        {
            return null;
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(authorization[scheme.Length..])));
        using var command = session.Command(TokenSql);
        command.Parameters.AddWithValue("$hash", hash);
        return command.ExecuteScalar() as string;
    }

    private static int PackageId(string globalId)
    {
        var text = Encoding.UTF8.GetString(Convert.FromBase64String(globalId));
        return int.Parse(text.AsSpan(text.IndexOf(':', StringComparison.Ordinal) + 1), CultureInfo.InvariantCulture);
    }
}
