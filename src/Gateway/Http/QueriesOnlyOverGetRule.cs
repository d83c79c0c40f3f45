using GraphQL.Validation;
using GraphQLParser.AST;

namespace Gateway.Http;

/// <summary>Refuses mutations (and subscriptions) sent with GET, which must not change anything.</summary>
internal sealed class QueriesOnlyOverGetRule : ValidationRuleBase
{
    public static QueriesOnlyOverGetRule Instance { get; } = new();

    /// <inheritdoc/>
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new NotAQueryOverGetError(context.Operation.Operation));
        }

        return ValueTask.FromResult<INodeVisitor?>(null);
    }
}
