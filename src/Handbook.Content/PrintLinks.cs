using System.Text;

namespace Handbook.Content;

/// <summary>
/// How a print rendering (<see cref="HandbookMarkdown.RenderForPrint"/>) writes a link to a chapter:
/// as a mark, <c>href="chapter:scrum-framework#sprint-review"</c>, that the page holding the print
/// replaces with a link within itself (when that chapter is on it) or to the site. Whether the chapter
/// is on the page is known only to the page, so the renderer leaves that one choice open.
/// </summary>
public static class PrintLinks
{
    private const string Opening = "href=\"chapter:";

    internal static string Mark(string slug, string? anchor) => anchor is null ? $"chapter:{slug}" : $"chapter:{slug}#{anchor}";

    /// <summary>
    /// The HTML with every mark replaced by the address <paramref name="address"/> gives for the
    /// chapter's slug and the heading's anchor (null for the chapter itself).
    /// </summary>
    public static string Resolve(string html, Func<string, string?, string> address)
    {
        var start = html.IndexOf(Opening, StringComparison.Ordinal);
        if (start < 0)
        {
            return html;
        }
        var resolved = new StringBuilder(html.Length);
        var done = 0;
        while (start >= 0)
        {
            var target = start + Opening.Length;
            var end = html.IndexOf('"', target);
            var mark = html[target..end];
            var hash = mark.IndexOf('#', StringComparison.Ordinal);
            resolved.Append(html, done, start - done)
                .Append("href=\"")
                .Append(hash < 0 ? address(mark, null) : address(mark[..hash], mark[(hash + 1)..]))
                .Append('"');
            done = end + 1;
            start = html.IndexOf(Opening, done, StringComparison.Ordinal);
        }
        return resolved.Append(html, done, html.Length - done).ToString();
    }
}

/// <summary>The content's way of linking a chapter: <c>/chapters/&lt;slug&gt;</c>, with <c>#&lt;anchor&gt;</c> for a heading.</summary>
internal static class ChapterLinks
{
    public const string Prefix = "/chapters/";

    /// <summary>The slug and anchor a link names, or null when it is not a link to a chapter.</summary>
    public static (string Slug, string? Anchor)? Parse(string url)
    {
        if (!url.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }
        var target = url[Prefix.Length..];
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (target, null) : (target[..hash], target[(hash + 1)..]);
    }
}
