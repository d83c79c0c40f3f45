namespace Gateway.Graph;

/// <summary>The stable <c>extensions.code</c> values of the graph's own errors.</summary>
public static class ErrorCodes
{
    /// <summary>A page size (<c>first</c>, <c>last</c>) is negative or above the maximum, or both are given.</summary>
    public const string InvalidPageSize = "INVALID_PAGE_SIZE";

    /// <summary>An <c>after</c> or <c>before</c> cursor is not one this connection made for this order.</summary>
    public const string InvalidCursor = "INVALID_CURSOR";

    /// <summary>A global id is not base64 of <c>Type:databaseId</c> for a type of this schema.</summary>
    public const string InvalidId = "INVALID_ID";
}
