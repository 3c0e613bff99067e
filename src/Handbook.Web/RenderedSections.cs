using System.Net;
using System.Text.RegularExpressions;
using Handbook.Web.ViewModels;

namespace Handbook.Web;

/// <summary>
/// The h2 and h3 sections of HTML the handbook rendered from Markdown (each heading has its id), for
/// pages whose store keeps no list of their headings, such as skills. The HTML is the site's own.
/// </summary>
public static partial class RenderedSections
{
    public static IReadOnlyList<PageSection> Find(string html) =>
        [.. Heading().Matches(html).Select(m => new PageSection(m.Groups["id"].Value, WebUtility.HtmlDecode(Tag().Replace(m.Groups["text"].Value, "")).Trim()))];

    [GeneratedRegex("<h(?<level>[23]) id=\"(?<id>[^\"]+)\">(?<text>.*?)</h\\k<level>>", RegexOptions.Singleline)]
    private static partial Regex Heading();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
