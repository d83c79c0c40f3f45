using GraphQL.Validation;
using GraphQLParser.AST;

namespace Gateway.Http;

/// <summary>A mutation or subscription sent with GET; answered with 405 and <c>Allow: POST</c>.</summary>
public sealed class NotAQueryOverGetError : ValidationError
{
    /// <summary>The stable code of this error.</summary>
    public const string ErrorCode = "METHOD_NOT_ALLOWED";

    public NotAQueryOverGetError(OperationType operation)
        : base($"A {operation.ToString().ToLowerInvariant()} cannot be sent with GET; send it with POST.")
    {
        Code = ErrorCode;
    }
}
