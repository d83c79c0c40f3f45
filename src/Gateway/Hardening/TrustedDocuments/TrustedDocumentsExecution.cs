using GraphQL;
using GraphQL.DI;
using GraphQL.PersistedDocuments;
using Microsoft.Extensions.Options;

namespace Gateway.Hardening.TrustedDocuments;

/// <summary>
/// Resolves document ids to registered documents through GraphQL.NET's persisted-document handler, in
/// the configured <see cref="TrustedDocumentsMode"/>. Apollo's <c>extensions.persistedQuery.sha256Hash</c>
/// is read as the document id <c>sha256:&lt;hash&gt;</c>.
/// </summary>
internal sealed class TrustedDocumentsExecution(IOptions<TrustedDocumentsOptions> options) : IConfigureExecution
{
    private readonly PersistedDocumentHandler? handler = options.Value.Mode switch
    {
        TrustedDocumentsMode.Allow => new(new PersistedDocumentOptions { AllowOnlyPersistedDocuments = false }),
        TrustedDocumentsMode.Require => new(new PersistedDocumentOptions { AllowOnlyPersistedDocuments = true }),
        _ => null,
    };

    /// <summary>Where GraphQL.NET runs its own persisted-document handler.</summary>
    public float SortOrder => 200;

    public Task<ExecutionResult> ExecuteAsync(ExecutionOptions executionOptions, ExecutionDelegate next)
    {
        if (executionOptions.DocumentId is null && executionOptions.Query is null
            && ApolloHash(executionOptions.Extensions) is { } hash)
        {
            executionOptions.DocumentId = "sha256:" + hash;
        }

        if (handler is not null)
        {
            return handler.ExecuteAsync(executionOptions, next);
        }

        if (executionOptions.DocumentId is not null && executionOptions.Document is null)
        {
            return Task.FromResult(new ExecutionResult(new ExecutionError(
                "Trusted documents are off on this server: send the query text instead of a document id.")
            {
                Code = "DOCUMENT_ID_NOT_SUPPORTED",
            }));
        }

        return next(executionOptions);
    }

    private static string? ApolloHash(Inputs? extensions) =>
        extensions?.TryGetValue("persistedQuery", out var value) == true
        && value is IReadOnlyDictionary<string, object?> persisted
        && persisted.TryGetValue("sha256Hash", out var hash)
            ? hash as string
            : null;
}
