using GraphQL.Types;

namespace Gateway.Relay;

/// <summary>The Relay <c>PageInfo</c> type.</summary>
public sealed class PageInfoGraphType : ObjectGraphType<PageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Where a page sits in its connection, and the cursors to ask for its neighbours.";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage")
            .Description("Whether nodes follow this page (when walking forward with first; " +
                "with last, whether a before cursor was given).")
            .Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage")
            .Description("Whether nodes precede this page (when walking backward with last; " +
                "with first, whether an after cursor was given).")
            .Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor")
            .Description("The cursor of the page's first edge; null when the page is empty.")
            .Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor")
            .Description("The cursor of the page's last edge; null when the page is empty.")
            .Resolve(c => c.Source.EndCursor);
    }
}
