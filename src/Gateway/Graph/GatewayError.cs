using GraphQL;

namespace Gateway.Graph;

/// <summary>An error a client caused, with a stable code from <see cref="ErrorCodes"/>.</summary>
public sealed class GatewayError : ExecutionError
{
    /// <summary>Creates an error with <paramref name="code"/> and a message that names the bad value.</summary>
    public GatewayError(string code, string message)
        : base(message)
    {
        Code = code;
    }
}
