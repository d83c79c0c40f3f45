using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Gateway.Editing;

/// <summary>
/// Authenticates <c>Authorization: Bearer &lt;token&gt;</c> against the API tokens in the store. A request
/// without the header stays anonymous (reading needs no token); a malformed, unknown or revoked token
/// fails with one and the same message, so that the answer never tells whether a token exists.
/// </summary>
public sealed partial class BearerTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    ApiTokenAuthenticator authenticator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    /// <summary>The one failure message for every rejected token.</summary>
    public const string RejectedMessage = "The API token was not accepted.";

    private readonly ILogger log = loggerFactory.CreateLogger<BearerTokenAuthenticationHandler>();

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        var prefix = BearerTokenDefaults.Scheme + " ";
        var secret = header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            ? header[prefix.Length..].Trim()
            : "";
        var editor = secret.Length == 0
            ? null
            : await authenticator.AuthenticateAsync(secret, Context.RequestAborted);
        if (editor is null)
        {
            LogRejected(log, Request.Path);
            return AuthenticateResult.Fail(RejectedMessage);
        }

        return AuthenticateResult.Success(new AuthenticationTicket(editor.ToPrincipal(), Scheme.Name));
    }

    [LoggerMessage(EventId = 503, Level = LogLevel.Warning, Message = "Rejected an API token on {Path}")]
    private static partial void LogRejected(ILogger logger, string path);
}
