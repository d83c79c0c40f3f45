using GraphQL;

namespace Gateway.Filtering;

/// <summary>A <c>where</c> or <c>order</c> argument that is refused before any SQL runs; <see cref="ExecutionError.Code"/> is stable.</summary>
public sealed class FilterError : ExecutionError
{
    /// <summary>More operator nodes than <see cref="FilterTranslator.MaxOperatorNodes"/>.</summary>
    public const string TooLargeCode = "FILTER_TOO_LARGE";

    /// <summary>An <c>in</c> or <c>nin</c> list longer than <see cref="FilterTranslator.MaxInValues"/>.</summary>
    public const string InListTooLongCode = "FILTER_IN_LIST_TOO_LONG";

    /// <summary>An operator that needs a value was given null (only <c>eq</c> and <c>neq</c> take null).</summary>
    public const string NullOperandCode = "FILTER_NULL_OPERAND";

    /// <summary>An <c>order</c> item that names no field or more than one.</summary>
    public const string BadSortItemCode = "SORT_ITEM_INVALID";

    public FilterError(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public FilterError()
        : base("The filter was refused.")
    {
    }

    public FilterError(string message)
        : base(message)
    {
    }

    public FilterError(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
