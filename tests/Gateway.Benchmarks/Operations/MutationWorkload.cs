using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Gateway.Benchmarks.Harness;
using Microsoft.Data.Sqlite;

namespace Gateway.Benchmarks.Operations;

/// <summary>
/// <c>updatePackage</c> under concurrent clients. Each wrk thread owns its own share of the target
/// packages and sends each update with the version that the previous answer for that package returned,
/// so the updates succeed unless something else wrote in between; refusals as stale are counted.
/// </summary>
internal static class MutationWorkload
{
    public const string OperationName = "UpdatePackage";

    public const string Query = """
        mutation UpdatePackage($input: UpdatePackageInput!) {
          updatePackage(input: $input) {
            package { databaseId version repoDescription }
            errors { __typename }
          }
        }
        """;

    /// <summary>The body for one update; the Lua hooks make the same with a <c>string.format</c> template.</summary>
    public static string Body(int packageId, int version, string description) => new JsonObject
    {
        ["operationName"] = OperationName,
        ["query"] = Query,
        ["variables"] = new JsonObject
        {
            ["input"] = new JsonObject
            {
                ["id"] = GlobalId(packageId),
                ["version"] = version,
                ["repoDescription"] = description,
            },
        },
    }.ToJsonString();

    /// <summary>Relay global id as the graph makes it: base64 of "Package:id".</summary>
    public static string GlobalId(int packageId) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes("Package:" + packageId.ToString(CultureInfo.InvariantCulture)));

    /// <summary>
    /// The wrk request with Lua hooks, from the target rows' current versions in <paramref name="database"/>.
    /// </summary>
    public static WrkRequest Request(string database, IReadOnlyList<int> targets, string token, int threads)
    {
        var versions = CurrentVersions(database, targets);
        var template = Body(-1, -2, "bench edit %d")
            .Replace("\"" + GlobalId(-1) + "\"", "\"%s\"", StringComparison.Ordinal)
            .Replace("\"version\":-2", "\"version\":%d", StringComparison.Ordinal);
        var table = new StringBuilder();
        foreach (var id in targets)
        {
            table.Append(CultureInfo.InvariantCulture,
                $"{{\"{GlobalId(id)}\",{versions.GetValueOrDefault(id, 1)},{id}}},");
        }

        var headers = OperationCatalog.JsonHeaders();
        headers["Authorization"] = "Bearer " + token;
        var hooks = $$"""
            local targets = { {{table}} }
            local template = {{Wrk.LuaString(template)}}
            local mine = {}
            local versions = {}
            local cursor = 0
            local sent = 0
            updated = 0
            stale = 0
            failed = 0
            function init(args)
              for i, t in ipairs(targets) do
                if (i - 1) % {{threads}} == thread_index - 1 then
                  table.insert(mine, t)
                  versions[t[3]] = t[2]
                end
              end
            end
            function request()
              cursor = cursor % #mine + 1
              sent = sent + 1
              local t = mine[cursor]
              return wrk.format(nil, nil, nil, string.format(template, t[1], versions[t[3]], sent))
            end
            function response(status, headers, body)
              local id = body:match('"databaseId":(%d+)')
              local version = body:match('"version":(%d+)')
              if id and version then
                versions[tonumber(id)] = tonumber(version)
                updated = updated + 1
              elseif body:find('Stale', 1, true) then
                stale = stale + 1
              else
                failed = failed + 1
              end
            end
            """;
        return new WrkRequest("POST", "/graphql", Body(targets[0], versions.GetValueOrDefault(targets[0], 1),
            "bench edit"), headers, hooks, ["updated", "stale", "failed"]);
    }

    private static Dictionary<int, int> CurrentVersions(string database, IReadOnlyList<int> targets)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, version FROM packages WHERE id IN (SELECT value FROM json_each($ids))";
        command.Parameters.AddWithValue("$ids", "[" + string.Join(',', targets) + "]");
        using var reader = command.ExecuteReader();
        var versions = new Dictionary<int, int>();
        while (reader.Read())
        {
            versions[reader.GetInt32(0)] = reader.GetInt32(1);
        }

        return versions;
    }
}
