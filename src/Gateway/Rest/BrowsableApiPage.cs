using System.Text;
using System.Text.RegularExpressions;

namespace Gateway.Rest;

/// <summary>
/// The browsable API page (<c>Accept: text/html</c> or <c>?format=api</c>): the view's name and description,
/// the request line, the status line, the headers DRF lists (<c>Allow</c>, <c>Content-Type</c> of the JSON
/// renderer, <c>Vary</c>) and the JSON indented by four spaces with its URLs as links, in the layout of DRF's
/// page (<c>request-info</c> and <c>response-info</c> blocks). Forms for writing are left out: the API is
/// read-only.
/// </summary>
internal static partial class BrowsableApiPage
{
    public static string Render(RestResponse response, byte[] indentedJson)
    {
        var status = response.Result.Status;
        var view = response.View;
        var page = new StringBuilder(indentedJson.Length * 2 + 2048);
        page.Append("<!DOCTYPE html>\n<html>\n<head>\n")
            .Append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"/>\n")
            .Append("<meta name=\"robots\" content=\"NONE,NOARCHIVE\"/>\n")
            .Append("<title>").Append(Escape(view.Name)).Append(" – Django REST framework</title>\n")
            .Append("<style>").Append(Style).Append("</style>\n")
            .Append("</head>\n<body>\n<div class=\"container\">\n")
            .Append("<div class=\"content-main\" role=\"main\" aria-label=\"main content\">\n")
            .Append("<div class=\"page-header\"><h1>").Append(Escape(view.Name)).Append("</h1></div>\n")
            .Append("<div class=\"description\">").Append(view.DescriptionHtml).Append("</div>\n")
            .Append("<div class=\"request-info\" aria-label=\"request info\"><pre class=\"prettyprint\"><b>")
            .Append(Escape(response.Method)).Append("</b> ").Append(Escape(response.FullPath)).Append("</pre></div>\n")
            .Append("<div class=\"response-info\" aria-label=\"response info\"><pre class=\"prettyprint\">")
            .Append("<span class=\"meta nocode\"><b>HTTP ").Append(status).Append(' ')
            .Append(RestResponseWriter.Phrase(status)).Append("</b>");
        Header(page, "Allow", RestResponseWriter.Allow);
        Header(page, "Content-Type", "application/json");
        Header(page, "Vary", "Accept");
        page.Append("\n\n</span>");
        Urlize(page, Encoding.UTF8.GetString(indentedJson));
        page.Append("</pre></div>\n</div>\n</div>\n</body>\n</html>\n");
        return page.ToString();
    }

    private static void Header(StringBuilder page, string name, string value) =>
        page.Append("\n<b>").Append(name).Append(":</b> <span class=\"lit\">").Append(Escape(value)).Append("</span>");

    /// <summary>
    /// Django's <c>urlize</c> as the page applies it: words split on whitespace, quotes and angle brackets;
    /// a word starting with <c>http://</c> or <c>https://</c> becomes a link (trailing <c>.,:;!</c> left
    /// outside); everything is HTML-escaped.
    /// </summary>
    private static void Urlize(StringBuilder page, string text)
    {
        foreach (var part in WordSeparators().Split(text))
        {
            if (!UrlStart().IsMatch(part))
            {
                page.Append(Escape(part));
                continue;
            }

            var url = part.TrimEnd('.', ',', ':', ';', '!');
            page.Append("<a href=\"").Append(Escape(url)).Append("\" rel=\"nofollow\">")
                .Append(Escape(url)).Append("</a>").Append(Escape(part[url.Length..]));
        }
    }

    /// <summary>Django's <c>escape</c>: the five HTML-special characters.</summary>
    private static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#x27;", StringComparison.Ordinal);

    [GeneratedRegex("""([\s<>"']+)""")]
    private static partial Regex WordSeparators();

    [GeneratedRegex(@"^https?://\[?\w")]
    private static partial Regex UrlStart();

    private const string Style =
        "body{font-family:Helvetica,Arial,sans-serif;margin:0;background:#fff;color:#333}" +
        ".container{max-width:1170px;margin:0 auto;padding:0 15px}" +
        ".page-header{border-bottom:1px solid #eee;margin:20px 0}" +
        "h1{font-size:32px;font-weight:400}" +
        "pre{background:#f5f5f5;border:1px solid #ccc;border-radius:4px;padding:9px;white-space:pre-wrap;" +
        "word-break:break-all;font-size:13px}" +
        ".request-info pre{margin-top:20px}" +
        ".meta{color:#555}.lit{color:#195f91}a{color:#2c6ea4}";
}
