using System.Text.RegularExpressions;
using Handbook.Content;
using Handbook.Web.ViewModels;

namespace Handbook.Web;

/// <summary>
/// Fits a chapter's stored prose into a page that holds many chapters: its ids and in-page links get
/// the chapter's slug as a prefix (so they stay unique), links to chapters on the same page become
/// links within it, and its headings move down two levels (under the part's h2 and the chapter's h3).
/// The HTML is the site's own rendering, never user input.
/// </summary>
public static partial class PrintHtml
{
    /// <summary>The id of a chapter's section on a page that holds many chapters.</summary>
    public static string ChapterId(string slug) => $"chapter-{slug}";

    /// <summary>
    /// A chapter's (or a role's) prose fitted into a page that holds many chapters: its headings get
    /// the prefix and move down in the partial that writes them; in the HTML under them, ids and
    /// in-page links get the prefix, links to chapters on the page become links within it, and any
    /// deeper heading moves down as its section's heading does.
    /// </summary>
    /// <param name="slug">The prefix for its ids: the chapter's slug.</param>
    /// <param name="suggestPage">The page readers suggest changes to, such as "/chapters/scrum-framework".</param>
    /// <param name="chaptersOnPage">The slugs of the chapters the page holds; links to others stay links to the site.</param>
    /// <param name="headingShift">How many levels its headings move down: 2 for a chapter (under a part's or a
    /// section's h2 and its own h3), 0 for the role at the top of its pack (its h2s come straight under the h1).</param>
    public static ProseModel Embed(Prose prose, string slug, string suggestPage, IReadOnlySet<string> chaptersOnPage, int headingShift = 2) =>
        new(Body(prose.Intro, slug, chaptersOnPage, headingShift),
            [.. prose.Sections.Select(s => s with { Html = Body(s.Html, slug, chaptersOnPage, headingShift) })],
            suggestPage)
        {
            IdPrefix = $"{slug}--",
            HeadingShift = headingShift,
        };

    private static string Body(string html, string slug, IReadOnlySet<string> chaptersOnPage, int headingShift)
    {
        var prefixed = AnchorAttribute().Replace(html, m => $"{m.Groups["attribute"].Value}=\"{(m.Groups["hash"].Success ? "#" : "")}{slug}--{m.Groups["value"].Value}\"");
        var linked = ChapterLink().Replace(prefixed, m =>
        {
            var target = m.Groups["slug"].Value;
            if (!chaptersOnPage.Contains(target))
            {
                return m.Value;
            }
            return m.Groups["anchor"].Success ? $"href=\"#{target}--{m.Groups["anchor"].Value}\"" : $"href=\"#{ChapterId(target)}\"";
        });
        return headingShift == 0 ? linked
            : Heading().Replace(linked, m => $"<{m.Groups["close"].Value}h{int.Parse(m.Groups["level"].Value, System.Globalization.CultureInfo.InvariantCulture) + headingShift}");
    }

    [GeneratedRegex("(?<attribute>id)=\"(?<value>[^\"]+)\"|(?<attribute>href)=\"(?<hash>#)(?<value>[^\"]+)\"")]
    private static partial Regex AnchorAttribute();

    [GeneratedRegex("href=\"/chapters/(?<slug>[a-z0-9-]+)(?:#(?<anchor>[^\"]+))?\"")]
    private static partial Regex ChapterLink();

    [GeneratedRegex("<(?<close>/?)h(?<level>[2-4])")]
    private static partial Regex Heading();
}
