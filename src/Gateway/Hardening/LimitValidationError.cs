using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace Gateway.Hardening;

/// <summary>A refusal by one of the gateway's limits, with its own stable code.</summary>
public sealed class LimitValidationError : ValidationError
{
    public LimitValidationError(ROM query, string code, string message, ASTNode node)
        : base(query, null, message, node)
    {
        Code = code;
    }
}
