using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Gateway.Tests.Hardening;

/// <summary>
/// Requests a hostile or careless client sends: malformed JSON, wrong content types, invalid UTF-8,
/// huge and deep documents, alias bombs, fragment cycles, bad variables, cursors and ids, enormous
/// strings, nulls for non-null, and the same spirit over REST. Each is built fresh (a request message
/// is sent once).
/// </summary>
public static class HostileCorpus
{
    private const string Json = "application/json";

    /// <summary>One hostile request: a name for the report, whether it goes to REST, and its builder.</summary>
    public sealed record Case(string Name, bool Rest, Func<HttpRequestMessage> Build);

    public static IReadOnlyList<Case> All { get; } = [.. Malformed(), .. ContentTypes(), .. InvalidUtf8(),
        .. HugeAndDeep(), .. Aliases(), .. Fragments(), .. Variables(), .. CursorsAndIds(), .. Strings(),
        .. NonNull(), .. Protocol(), .. Rest()];

    private static IEnumerable<Case> Malformed()
    {
        string[] bodies =
        [
            "", " ", "{", "}", "[", "nul", "{\"query\":", "{\"query\": \"{ __typename }\",}", "\"just a string\"",
            "{\"query\": 42}", "{\"query\": null}", "{\"query\": [\"{ __typename }\"]}", "{\"query\": {}}",
            "{\"query\":\"{ __typename }\",\"variables\":\"not an object\"}",
            "{\"query\":\"{ __typename }\",\"variables\":[1,2]}",
            "{\"query\":\"{ __typename }\",\"operationName\":5}",
            "{\"query\":\"{ __typename }\",\"extensions\":7}",
            "{'query': '{ __typename }'}", "{\"query\": \"{ __typename }\"} trailing",
            new string('[', 20_000) + new string(']', 20_000),
            "{\"query\":\"{ __typename }\",\"variables\":" + new string('[', 5_000) + new string(']', 5_000) + "}",
            "[1, 2]", "[]", "{\"query\": \"\"}", "{\"query\": \"   \"}",
        ];
        return bodies.Select((body, i) => Post($"malformed json #{i}", body));
    }

    private static IEnumerable<Case> ContentTypes()
    {
        const string body = "{\"query\":\"{ __typename }\"}";
        string?[] types =
        [
            "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
            null, "application/json; charset=latin1", "image/png", "application/graphql-response+json",
            "text/json; charset=utf-16",
        ];
        return types.Select(type => new Case($"content type {type ?? "(none)"}", false, () =>
        {
            var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
            if (type is not null)
            {
                content.Headers.TryAddWithoutValidation("Content-Type", type);
            }

            return new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        }));
    }

    private static IEnumerable<Case> InvalidUtf8()
    {
        byte[][] bodies =
        [
            [.. Encoding.ASCII.GetBytes("{\"query\":\"{ package(slug: \\\""), 0xFF, 0xFE, .. Encoding.ASCII.GetBytes("\\\") { id } }\"}")],
            [.. Encoding.ASCII.GetBytes("{\"query\":\"{ __typename }\", \"x\": \""), 0xC0, 0xAF, .. Encoding.ASCII.GetBytes("\"}")],
            [.. Encoding.ASCII.GetBytes("{\"query\":\"{ __typename "), 0xE2, 0x82, .. Encoding.ASCII.GetBytes("}\"}")],
            [0xEF, 0xBB, 0xBF, 0xFF, .. Encoding.ASCII.GetBytes("{\"query\":\"{ __typename }\"}")],
            Encoding.UTF8.GetBytes("{\"query\":\"{ package(slug: \\\"\\ud800\\\") { id } }\"}"),
            Encoding.UTF8.GetBytes("{\"query\":\"{ __typename \\u0000 }\"}"),
        ];
        return bodies.Select((bytes, i) => new Case($"invalid utf-8 #{i}", false, () =>
            new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Bytes(bytes, Json) }));
    }

    private static IEnumerable<Case> HugeAndDeep()
    {
        yield return Query("unclosed braces", new string('{', 20_000));
        yield return Query("deep braces", string.Concat(Enumerable.Repeat("{ a ", 5_000)) + new string('}', 5_000));
        yield return Query("deep valid nesting", "{ " + string.Concat(Enumerable.Repeat("packages { nodes { grids { nodes { ", 6))
            + "title" + new string('}', 24) + " }");
        yield return Query("query past the length limit", "{ " + new string(' ', 40_000) + "__typename }");
        yield return Query("two thousand fields", "{ " + string.Concat(Enumerable.Repeat("__typename ", 2_000)) + "}");
        yield return Query("deep list literal", "{ nodes(ids: " + new string('[', 3_000) + "\"a\"" + new string(']', 3_000) + ") { id } }");
        yield return Query("many directives", "{ __typename " + string.Concat(Enumerable.Repeat("@include(if: true) ", 2_000)) + "}");
        yield return Query("cost bomb", "{ packages(first: 100) { nodes { grids(first: 100) { nodes { packages(first: 100) " +
            "{ nodes { participants(first: 100) { nodes { login } } } } } } } } }");
        yield return Query("introspection ofType bomb", "{ __schema { types { " + string.Concat(Enumerable.Repeat("ofType { ", 40))
            + "name" + new string('}', 40) + " } } }");
        yield return Query("introspection fields recursion", "{ __schema { types { " +
            string.Concat(Enumerable.Repeat("fields { type { ", 10)) + "name" + new string('}', 20) + " } } }");
        yield return Query("ten operations too many", string.Concat(Enumerable.Range(0, 12).Select(i => $"query Q{i} {{ __typename }} ")),
            operationName: "Q1");
        yield return Query("batch of twenty", null, raw: "[" + string.Join(',', Enumerable.Repeat("{\"query\":\"{ __typename }\"}", 20)) + "]");
    }

    private static IEnumerable<Case> Aliases()
    {
        yield return Query("alias bomb of typename", "{ " + string.Concat(Enumerable.Range(0, 500).Select(i => $"a{i}: __typename ")) + "}");
        yield return Query("alias bomb of pages", "{ " + string.Concat(Enumerable.Range(0, 60)
            .Select(i => $"p{i}: packages(first: 100) {{ nodes {{ title }} }} ")) + "}");
        yield return Query("aliases in a fragment spread many times", "{ ...F ...F ...F } fragment F on Query { " +
            string.Concat(Enumerable.Range(0, 40).Select(i => $"f{i}: packages(first: 100) {{ totalCount }} ")) + "}");
        yield return Query("conflicting aliases", "{ x: packages { totalCount } x: categories { totalCount } }");
        yield return Query("alias of an unknown field", "{ x: nothingHere }");
    }

    private static IEnumerable<Case> Fragments()
    {
        yield return Query("fragment cycle", "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }");
        yield return Query("fragment spreads itself", "{ ...A } fragment A on Query { __typename ...A }");
        yield return Query("cycle through inline fragment", "{ ...A } fragment A on Query { ... on Query { ...A } }");
        yield return Query("unknown fragment", "{ ...Missing }");
        yield return Query("fragment on unknown type", "{ ...A } fragment A on Nope { __typename }");
        yield return Query("fragment on wrong type", "{ ...A } fragment A on Package { title }");
        yield return Query("unused fragment", "{ __typename } fragment A on Query { __typename }");
        yield return Query("exponential fragments", "{ ...F0 } " + string.Concat(Enumerable.Range(0, 30)
            .Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }} ")) + "fragment F30 on Query { __typename }");
    }

    private static IEnumerable<Case> Variables()
    {
        yield return Query("undeclared variable", "{ package(slug: $slug) { id } }", variables: new { slug = "x" });
        yield return Query("unused declared variable", "query Q($a: Int) { __typename }");
        yield return Query("variable default from a variable", "query Q($a: Int = $b, $b: Int) { packages(first: $a) { totalCount } }");
        yield return Query("variable of a wrong type", "query Q($n: Int) { packages(first: $n) { totalCount } }", variables: new { n = "ten" });
        yield return Query("variable past Int", "query Q($n: Int) { packages(first: $n) { totalCount } }", variables: new { n = 3_000_000_000L });
        yield return Query("variable as a float", "query Q($n: Int) { packages(first: $n) { totalCount } }", variables: new { n = 1.5 });
        yield return Query("variable of unknown type", "query Q($n: Nope) { __typename }");
        yield return Query("variable of an output type", "query Q($p: Package) { __typename }");
        yield return Query("variable declared twice", "query Q($a: Int, $a: Int) { packages(first: $a) { totalCount } }");
        yield return Query("variable used at a wrong place", "query Q($s: String) { packages(first: $s) { totalCount } }");
        yield return Query("object for a string variable", "query Q($s: String!) { package(slug: $s) { id } }",
            variables: new { s = new { nested = true } });
        yield return Query("list for a string variable", "query Q($s: String!) { package(slug: $s) { id } }",
            variables: new { s = new[] { "a", "b" } });
        yield return Query("deeply nested variable", "query Q($s: String!) { package(slug: $s) { id } }",
            raw: "{\"query\":\"query Q($s: String!) { package(slug: $s) { id } }\",\"variables\":{\"s\":" +
                new string('[', 2_000) + new string(']', 2_000) + "}}");
    }

    private static IEnumerable<Case> CursorsAndIds()
    {
        string[] cursors = ["garbage", "", "====", B64("Package:1"), B64("{\"k\":[1,2,3]}"), new string('A', 10_000),
            B64(new string('x', 500)), "%%%", B64("\0\0\0")];
        foreach (var (cursor, i) in cursors.Select((c, i) => (c, i)))
        {
            yield return Query($"bad after cursor #{i}", "query Q($c: String) { packages(first: 2, after: $c) { totalCount } }",
                variables: new { c = cursor });
            yield return Query($"bad before cursor #{i}", "query Q($c: String) { packages(last: 2, before: $c) { totalCount } }",
                variables: new { c = cursor });
        }

        string[] ids = ["!!!", "", B64("Nope:1"), B64("Package:abc"), B64("Package:99999999999999999999"), B64("Package"),
            B64(":1"), "UGFja2FnZTox=====", B64("Package:1:2")];
        foreach (var (id, i) in ids.Select((d, i) => (d, i)))
        {
            yield return Query($"bad node id #{i}", "query Q($id: ID!) { node(id: $id) { id } }", variables: new { id });
        }

        yield return Query("bad ids in nodes", "query Q($ids: [ID!]!) { nodes(ids: $ids) { id } }",
            variables: new { ids = new[] { "!!!", B64("Nope:2") } });
        yield return Query("negative first", "{ packages(first: -1) { totalCount } }");
        yield return Query("first above the page maximum", "{ packages(first: 101) { totalCount } }");
        yield return Query("first past Int", "{ packages(first: 2147483648) { totalCount } }");
        yield return Query("first and last together", "{ packages(first: 2, last: 2) { totalCount } }");
        yield return Query("nested first above the maximum", "{ packages(first: 1) { nodes { grids(first: 1000) { totalCount } } } }");
    }

    private static IEnumerable<Case> Strings()
    {
        yield return Query("slug past the variables limit", "query Q($s: String!) { package(slug: $s) { id } }",
            variables: new { s = new string('s', 100_000) });
        yield return Query("slug literal past the length limit", "{ package(slug: \"" + new string('s', 40_000) + "\") { id } }");
        yield return Query("unterminated string", "{ package(slug: \"abc) { id } }");
        yield return Query("unterminated block string", "{ package(slug: \"\"\"abc) { id } }");
        yield return Query("bad escape in string", "{ package(slug: \"\\q\") { id } }");
        yield return Query("body past the size limit", null, raw: "{\"query\":\"{ __typename }\",\"x\":\"" + new string('x', 2_000_000) + "\"}");
    }

    private static IEnumerable<Case> NonNull()
    {
        yield return Query("null slug literal", "{ package(slug: null) { id } }");
        yield return Query("null slug variable", "query Q($s: String!) { package(slug: $s) { id } }", variables: new { s = (string?)null });
        yield return Query("missing required variable", "query Q($s: String!) { package(slug: $s) { id } }");
        yield return Query("missing required argument", "{ package { id } }");
        yield return Query("null node id", "{ node(id: null) { id } }");
        yield return Query("null in ids", "{ nodes(ids: [null]) { id } }");
        yield return Query("nullable variable for a non-null argument", "query Q($s: String) { package(slug: $s) { id } }",
            variables: new { s = "x" });
    }

    private static IEnumerable<Case> Protocol()
    {
        yield return Get("get without query", "/graphql?foo=bar");
        yield return Get("get with bad variables", "/graphql?query=%7B__typename%7D&variables=%7Bnope");
        yield return Get("get mutation", "/graphql?query=mutation%20%7B__typename%7D");
        yield return Get("get with bad extensions", "/graphql?query=%7B__typename%7D&extensions=[");
        yield return Get("get with invalid utf-8", "/graphql?query=%7B%FF%FE%7D");
        yield return new Case("put", false, () => new HttpRequestMessage(HttpMethod.Put, "/graphql")
        {
            Content = new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, Json),
        });
        yield return new Case("delete", false, () => new HttpRequestMessage(HttpMethod.Delete, "/graphql"));
        yield return Query("unknown operation name", "query A { __typename }", operationName: "B");
        yield return Query("several operations without a name", "query A { __typename } query B { __typename }");
        yield return Query("subscription", "subscription { __typename }");
        yield return Query("unknown mutation field", "mutation { nothingHere }");
        yield return Query("unknown field", "{ nothingHere }");
        yield return Query("unknown argument", "{ packages(nope: 1) { totalCount } }");
        yield return Query("scalar with selection", "{ packages { totalCount { x } } }");
        yield return Query("object without selection", "{ packages }");
        yield return Query("unknown directive", "{ __typename @nope }");
        yield return Query("not graphql at all", "SELECT * FROM packages; --");
        yield return new Case("accept nothing we serve", false, () => new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, Json),
            Headers = { Accept = { new MediaTypeWithQualityHeaderValue("application/xml") } },
        });
    }

    private static IEnumerable<Case> Rest()
    {
        string[] paths =
        [
            "/api/v4/packages/999999999999999999999/", "/api/v4/packages/abc/", "/api/v4/packages/-1/",
            "/api/v4/packages/?limit=abc", "/api/v4/packages/?offset=-5", "/api/v4/packages/?limit=99999999999999999999",
            "/api/v4/packages/%2500/", "/api/v4/../../etc/passwd", "/api/v4/grids/" + new string('g', 5_000) + "/",
            "/api/v4/categories/?page=xyz", "/api/v4/packages/%FF%FE/", "/api/v4/packages/?q=" + new string('q', 5_000),
            "/api/v4/nothing-here/", "/api/v4/packages/1/grids/?limit=-1", "/api/v4/users/%27%20OR%201=1--/",
            "/api/v4/packages/?ordering=;DROP TABLE packages", "/api/v4/grids/?offset=1e9",
        ];
        foreach (var path in paths)
        {
            yield return new Case($"rest GET {path[..Math.Min(path.Length, 60)]}", true,
                () => new HttpRequestMessage(HttpMethod.Get, path));
        }

        foreach (var method in new[] { HttpMethod.Post, HttpMethod.Put, HttpMethod.Patch, HttpMethod.Delete })
        {
            yield return new Case($"rest {method} a package", true, () => new HttpRequestMessage(method, "/api/v4/packages/1/")
            {
                Content = new StringContent("{\"title\": \"owned\"", Encoding.UTF8, Json),
            });
        }

        yield return new Case("rest xml accept", true, () => new HttpRequestMessage(HttpMethod.Get, "/api/v4/packages/")
        {
            Headers = { Accept = { new MediaTypeWithQualityHeaderValue("application/xml") } },
        });
    }

    private static Case Post(string name, string body) => new(name, false, () =>
        new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Bytes(Encoding.UTF8.GetBytes(body), Json) });

    private static Case Get(string name, string path) => new(name, false, () => new HttpRequestMessage(HttpMethod.Get, path));

    private static Case Query(string name, string? query, object? variables = null, string? operationName = null,
        string? raw = null) => new(name, false, () => new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = Bytes(Encoding.UTF8.GetBytes(raw ?? JsonSerializer.Serialize(new { query, variables, operationName })), Json),
        });

    private static ByteArrayContent Bytes(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return content;
    }

    private static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
}
