using Gateway.Graph;
using GraphQL;

namespace Gateway.Relay;

/// <summary>
/// The paging arguments of one connection field: <c>first</c>/<c>after</c> walk forward,
/// <c>last</c>/<c>before</c> walk backward. Validated on creation.
/// </summary>
public sealed record PageRequest
{
    /// <summary>The page size when neither <c>first</c> nor <c>last</c> is given.</summary>
    public const int DefaultSize = 20;

    /// <summary>The largest page a client may ask for; larger requests are refused, never cut.</summary>
    public const int MaxSize = 100;

    private PageRequest(int size, bool backward, string? after, string? before)
    {
        Size = size;
        Backward = backward;
        After = after;
        Before = before;
    }

    /// <summary>How many nodes the page holds at most.</summary>
    public int Size { get; }

    /// <summary>Whether the page is the last <see cref="Size"/> nodes (before <see cref="Before"/>).</summary>
    public bool Backward { get; }

    public string? After { get; }

    public string? Before { get; }

    /// <summary>The first page of the default size.</summary>
    public static PageRequest Default { get; } = new(DefaultSize, backward: false, after: null, before: null);

    /// <summary>Validates the four Relay arguments; throws a <see cref="GatewayError"/> naming the bad one.</summary>
    public static PageRequest Create(int? first, string? after, int? last, string? before)
    {
        if (first is not null && last is not null)
        {
            throw new GatewayError(ErrorCodes.InvalidPageSize,
                $"Pass either first ({first}) or last ({last}), not both.");
        }

        Check("first", first);
        Check("last", last);
        var backward = last is not null || (first is null && before is not null && after is null);
        return new PageRequest(first ?? last ?? DefaultSize, backward, after, before);
    }

    /// <summary>Reads <c>first</c>, <c>after</c>, <c>last</c> and <c>before</c> from a field's arguments.</summary>
    public static PageRequest FromContext(IResolveFieldContext context) => Create(
        context.GetArgument<int?>("first"),
        context.GetArgument<string?>("after"),
        context.GetArgument<int?>("last"),
        context.GetArgument<string?>("before"));

    private static void Check(string argument, int? size)
    {
        if (size < 0)
        {
            throw new GatewayError(ErrorCodes.InvalidPageSize,
                $"{argument} is {size}; it must be between 0 and {MaxSize}.");
        }

        if (size > MaxSize)
        {
            throw new GatewayError(ErrorCodes.InvalidPageSize,
                $"{argument} is {size}; the largest page is {MaxSize} nodes. Page with after/before for more.");
        }
    }
}
