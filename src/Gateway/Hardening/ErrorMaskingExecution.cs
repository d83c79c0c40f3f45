using System.Data.Common;
using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;

namespace Gateway.Hardening;

/// <summary>
/// Gives every GraphQL error a code and, outside Development, replaces what an unexpected exception
/// would tell (its message, stack trace or SQL) by a plain message with the request id; the exception
/// itself goes to the log. A store that cannot be reached is reported as <c>STORE_UNAVAILABLE</c>.
/// </summary>
internal sealed partial class ErrorMaskingExecution(
    IHostEnvironment environment,
    IHttpContextAccessor http,
    ILogger<ErrorMaskingExecution> logger) : IConfigureExecution
{
    public const string StoreUnavailable = "STORE_UNAVAILABLE";

    /// <summary>Outside every other configuration, so that it sees the errors of all of them.</summary>
    public float SortOrder => 10;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        var previous = options.UnhandledExceptionDelegate;
        options.UnhandledExceptionDelegate = async context =>
        {
            await previous(context);
            LogUnhandled(context.OriginalException, context.FieldContext?.FieldDefinition.Name ?? "(document)");
        };

        var result = await next(options);
        if (result.Errors is { Count: > 0 } errors)
        {
            var masked = new ExecutionErrors();
            foreach (var error in errors)
            {
                masked.Add(Mask(error));
            }

            result.Errors = masked;
        }

        return result;
    }

    /// <summary>Whether <paramref name="exception"/> or one it wraps comes from the store's driver.</summary>
    public static bool IsStoreFailure(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException or TimeoutException || e.GetType().Name == "DbUpdateException")
            {
                return true;
            }
        }

        return false;
    }

    private ExecutionError Mask(ExecutionError error)
    {
        // Note: GraphQL.NET wraps every exception it did not expect in an UnhandledError; its other errors
        // (syntax, validation, variables) are deliberate answers whose inner exception only carries detail.
        if (error is not UnhandledError)
        {
            error.Code ??= "GRAPHQL_ERROR";
            return error;
        }

        var store = IsStoreFailure(error.InnerException);
        var code = store ? StoreUnavailable : "INTERNAL_ERROR";
        if (environment.IsDevelopment())
        {
            error.Code = code;
            return error;
        }

        var requestId = http.HttpContext?.TraceIdentifier ?? "-";
        var message = store
            ? $"The catalogue store could not answer; try again later (request id {requestId})."
            : $"An internal error occurred (request id {requestId}).";
        var replacement = new ExecutionError(message) { Code = code, Path = error.Path };
        foreach (var location in error.Locations ?? [])
        {
            replacement.AddLocation(location);
        }

        return replacement;
    }

    [LoggerMessage(EventId = 820, Level = LogLevel.Error, Message = "Unhandled exception resolving {Field}")]
    private partial void LogUnhandled(Exception exception, string field);
}
