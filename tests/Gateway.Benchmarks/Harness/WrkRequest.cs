namespace Gateway.Benchmarks.Harness;

/// <summary>
/// One request shape for wrk: method, path, body and headers, plus optional Lua that replaces wrk's
/// <c>request</c>/<c>response</c> hooks (for requests that must differ from each other, as mutations do)
/// and the names of the per-thread counters that Lua keeps.
/// </summary>
internal sealed record WrkRequest(
    string Method,
    string PathAndQuery,
    string? Body,
    IReadOnlyDictionary<string, string> Headers,
    string? LuaHooks = null,
    IReadOnlyList<string>? Counters = null);
