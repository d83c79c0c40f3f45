using System.Text.Json;
using System.Text.Json.Nodes;

namespace Gateway.Benchmarks.Operations;

/// <summary>A GraphQL request: one named operation and its variables.</summary>
internal sealed record GraphQlDocument(string OperationName, string Query, JsonObject Variables)
{
    /// <summary>The POST body, with one variable replaced when <paramref name="pageSize"/> is given.</summary>
    public string Body(string? pageSizeVariable = null, int? pageSize = null)
    {
        var variables = (JsonObject)Variables.DeepClone();
        if (pageSizeVariable is not null && pageSize is not null)
        {
            variables[pageSizeVariable] = pageSize.Value;
        }

        var body = new JsonObject
        {
            ["operationName"] = OperationName,
            ["query"] = Query,
            ["variables"] = variables,
        };
        return body.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }
}
