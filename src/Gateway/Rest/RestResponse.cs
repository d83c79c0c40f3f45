namespace Gateway.Rest;

/// <summary>A view's result with what rendering needs: the negotiated renderer, the view, the request line.</summary>
internal sealed record RestResponse(
    RestResult Result, RestNegotiation Negotiation, RestView View, string Method, string FullPath);
