using Gateway.Hardening;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace Gateway.Graph;

/// <summary>
/// Executes a query text that ran before with its cached document and no validation rule (only
/// <see cref="ExecutionOptions.CachedDocumentValidationRules"/>, none by default); caches the document of
/// a text that parsed, validated and ran.
/// </summary>
/// <remarks>
/// Note: with no rule, GraphQL.NET skips its walk of the document and only coerces the variables and
/// parses the arguments, which it does for every request.
/// </remarks>
internal sealed class DocumentCacheExecution(DocumentCache cache, IOptionsMonitor<GraphQLLimitsOptions> limits)
    : IConfigureExecution
{
    /// <summary>After the trusted-documents handler (200), which turns a document id into its text.</summary>
    public float SortOrder => 300;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { } query)
        {
            return await next(options);
        }

        var current = limits.CurrentValue;
        if (cache.TryGet(query, current, out var cached))
        {
            options.Document = cached;
            options.ValidationRules = options.CachedDocumentValidationRules ?? Array.Empty<IValidationRule>();
            return await next(options);
        }

        var result = await next(options);
        if (result.Executed && (options.Document ?? result.Document) is { } parsed)
        {
            cache.Add(query, parsed, current);
        }

        return result;
    }
}
