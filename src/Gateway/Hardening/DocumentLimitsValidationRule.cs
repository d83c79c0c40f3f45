using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Gateway.Hardening;

/// <summary>
/// Refuses documents with too many operations, and operations that nest too deep, select too many fields
/// or aliases, or nest <c>ofType</c> too often in introspection; checked before any argument is parsed.
/// </summary>
internal sealed class DocumentLimitsValidationRule(IOptionsMonitor<GraphQLLimitsOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var limits = options.CurrentValue;
        var document = context.Document;
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        if (limits.MaxOperations > 0 && operations.Count > limits.MaxOperations)
        {
            context.ReportError(new LimitValidationError(document.Source, "MAX_OPERATIONS_EXCEEDED",
                $"The document defines {operations.Count} operations; at most {limits.MaxOperations} are allowed.",
                operations[limits.MaxOperations]));
        }

        if (context.Operation is { } operation)
        {
            Check(context, limits, operation, DocumentShape.Measure(operation, document));
        }

        return default;
    }

    private static void Check(
        ValidationContext context, GraphQLLimitsOptions limits, GraphQLOperationDefinition operation, DocumentShape shape)
    {
        var name = operation.Name?.StringValue ?? "the operation";
        var source = context.Document.Source;
        if (limits.MaxDepth > 0 && shape.Depth > limits.MaxDepth)
        {
            context.ReportError(new LimitValidationError(source, "MAX_DEPTH_EXCEEDED",
                $"{name} nests fields {shape.Depth} levels deep; at most {limits.MaxDepth} are allowed.", operation));
        }

        if (limits.MaxFields > 0 && shape.Fields > limits.MaxFields)
        {
            context.ReportError(new LimitValidationError(source, "MAX_FIELDS_EXCEEDED",
                $"{name} selects {shape.Fields} fields with its fragments expanded; at most {limits.MaxFields} " +
                "are allowed.", operation));
        }

        if (limits.MaxAliases > 0 && shape.Aliases > limits.MaxAliases)
        {
            context.ReportError(new LimitValidationError(source, "MAX_ALIASES_EXCEEDED",
                $"{name} uses {shape.Aliases} aliases with its fragments expanded; at most {limits.MaxAliases} " +
                "are allowed.", operation));
        }

        if (limits.MaxOfTypeDepth > 0 && shape.OfTypeDepth > limits.MaxOfTypeDepth)
        {
            context.ReportError(new LimitValidationError(source, "MAX_OFTYPE_DEPTH_EXCEEDED",
                $"{name} nests 'ofType' {shape.OfTypeDepth} times; at most {limits.MaxOfTypeDepth} are allowed.",
                operation));
        }
    }
}
