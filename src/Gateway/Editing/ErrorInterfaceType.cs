using GraphQL.Types;

namespace Gateway.Editing;

/// <summary>The <c>Error</c> interface every typed mutation error implements.</summary>
public sealed class ErrorInterfaceType : InterfaceGraphType<EditError>
{
    public ErrorInterfaceType()
    {
        Name = "Error";
        Description = "A reason a mutation was refused; nothing was written.";
        Field<NonNullGraphType<StringGraphType>>("message")
            .Description("What went wrong, naming the bad value and the limit.");
    }
}
