using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace Gateway.Graph;

/// <summary>
/// The schema as documents for tools: SDL for people and codegen, the introspection result for
/// codegen tools that read JSON. Both are deterministic: types, fields and arguments in ordinal order.
/// </summary>
public sealed class SchemaDocument(GatewaySchema schema, IDocumentExecuter<GatewaySchema> executer,
    IGraphQLTextSerializer serializer)
{
    private static readonly PrintOptions Options = new()
    {
        IncludeDescriptions = true,
        IncludeDeprecationReasons = true,
        StringComparison = StringComparison.Ordinal,
    };

    /// <summary>The schema in SDL, descriptions kept, ending with one newline.</summary>
    public string PrintSdl()
    {
        schema.Initialize();
        return schema.Print(Options).ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
    }

    /// <summary>The result of the standard introspection query, as JSON (<c>{"data":{"__schema":...}}</c>).</summary>
    public async Task<string> IntrospectAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = IntrospectionQuery.Text,
            RequestServices = services,
            CancellationToken = cancellationToken,
        });
        if (result.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException("Introspection failed: " + errors[0].Message);
        }

        return serializer.Serialize(result) + "\n";
    }
}
