using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;

namespace Gateway.Graph;

/// <summary>
/// Executes a query text that ran before with its cached document, validated by the request-dependent
/// rules only (<see cref="ExecutionOptions.CachedDocumentValidationRules"/>); caches the document of a
/// text that parsed, validated and ran.
/// </summary>
internal sealed class DocumentCacheExecution(DocumentCache cache) : IConfigureExecution
{
    /// <summary>After the trusted-documents handler (200), which turns a document id into its text.</summary>
    public float SortOrder => 300;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
        {
            return await next(options);
        }

        if (cache.TryGet(query, out var cached))
        {
            options.Document = cached;
            options.ValidationRules = options.CachedDocumentValidationRules ?? Array.Empty<IValidationRule>();
            return await next(options);
        }

        var result = await next(options);
        if (result.Executed && (options.Document ?? result.Document) is { } parsed)
        {
            cache.Add(query, parsed);
        }

        return result;
    }
}
