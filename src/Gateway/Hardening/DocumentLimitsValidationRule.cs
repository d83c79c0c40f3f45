using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Gateway.Hardening;

/// <summary>
/// Refuses documents with too many operations, and operations that nest too deep, select too many fields
/// or aliases, or nest <c>ofType</c> too often in introspection; checked before any argument is parsed.
/// </summary>
/// <remarks>
/// <see cref="LimitsExecution"/> runs the same checks on query text before GraphQL.NET validates it,
/// because some of its rules (overlapping fields) take time that grows with the square of the number
/// of fields; this rule covers documents that arrive already parsed (trusted documents). A cached
/// document skips it, being reused only under the limits it was checked with (Graph/DocumentCache).
/// </remarks>
internal sealed class DocumentLimitsValidationRule(IOptionsMonitor<GraphQLLimitsOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        foreach (var error in Check(context.Document, context.Operation, options.CurrentValue))
        {
            context.ReportError(error);
        }

        return default;
    }

    /// <summary>
    /// The limit errors of <paramref name="document"/>: its operation count, and the shape of
    /// <paramref name="operation"/> (every operation of the document when it is null).
    /// </summary>
    public static List<LimitValidationError> Check(
        GraphQLDocument document, GraphQLOperationDefinition? operation, GraphQLLimitsOptions limits)
    {
        var errors = new List<LimitValidationError>();
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        if (limits.MaxOperations > 0 && operations.Count > limits.MaxOperations)
        {
            errors.Add(new LimitValidationError(document.Source, "MAX_OPERATIONS_EXCEEDED",
                $"The document defines {operations.Count} operations; at most {limits.MaxOperations} are allowed.",
                operations[limits.MaxOperations]));
        }

        foreach (var measured in operation is null ? operations : [operation])
        {
            CheckShape(errors, document, limits, measured, DocumentShape.Measure(measured, document));
        }

        return errors;
    }

    private static void CheckShape(List<LimitValidationError> errors, GraphQLDocument document,
        GraphQLLimitsOptions limits, GraphQLOperationDefinition operation, DocumentShape shape)
    {
        var name = operation.Name?.StringValue ?? "the operation";
        var source = document.Source;
        if (limits.MaxDepth > 0 && shape.Depth > limits.MaxDepth)
        {
            errors.Add(new LimitValidationError(source, "MAX_DEPTH_EXCEEDED",
                $"{name} nests fields {shape.Depth} levels deep; at most {limits.MaxDepth} are allowed.", operation));
        }

        if (limits.MaxFields > 0 && shape.Fields > limits.MaxFields)
        {
            errors.Add(new LimitValidationError(source, "MAX_FIELDS_EXCEEDED",
                $"{name} selects {shape.Fields} fields with its fragments expanded; at most {limits.MaxFields} " +
                "are allowed.", operation));
        }

        if (limits.MaxAliases > 0 && shape.Aliases > limits.MaxAliases)
        {
            errors.Add(new LimitValidationError(source, "MAX_ALIASES_EXCEEDED",
                $"{name} uses {shape.Aliases} aliases with its fragments expanded; at most {limits.MaxAliases} " +
                "are allowed.", operation));
        }

        if (limits.MaxOfTypeDepth > 0 && shape.OfTypeDepth > limits.MaxOfTypeDepth)
        {
            errors.Add(new LimitValidationError(source, "MAX_OFTYPE_DEPTH_EXCEEDED",
                $"{name} nests 'ofType' {shape.OfTypeDepth} times; at most {limits.MaxOfTypeDepth} are allowed.",
                operation));
        }
    }
}
