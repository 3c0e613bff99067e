using Handbook.Content;
using Handbook.Web.ViewModels;

namespace Handbook.Web;

/// <summary>
/// Fits a chapter's or a role's print prose (rendered for a page of many documents at import, see
/// <see cref="HandbookMarkdown.RenderForPrint"/>) into one print page: its section headings get the
/// same id prefix and shift as the HTML under them, and each link to a chapter points within the page
/// when that chapter is on it, or at the site when it is not.
/// </summary>
public static class PrintProse
{
    /// <summary>The id of a chapter's section on a page that holds many chapters.</summary>
    public static string ChapterId(string slug) => $"chapter-{slug}";

    /// <param name="prose">The print prose, as stored.</param>
    /// <param name="idPrefix">The prefix its ids were rendered with: a chapter's slug and "--".</param>
    /// <param name="headingShift">How many levels it was rendered down: 2 for a chapter (under a part's or a
    /// section's h2 and its own h3), 0 for the role at the top of its pack.</param>
    /// <param name="suggestPage">The page readers suggest changes to, such as "/chapters/scrum-framework".</param>
    /// <param name="chaptersOnPage">The slugs of the chapters the page holds.</param>
    public static ProseModel Fit(Prose prose, string idPrefix, int headingShift, string suggestPage, IReadOnlySet<string> chaptersOnPage)
    {
        string Address(string slug, string? anchor) =>
            !chaptersOnPage.Contains(slug) ? SiteAddress.Chapter(slug) + (anchor is null ? "" : "#" + anchor)
            : anchor is null ? "#" + ChapterId(slug)
            : $"#{slug}--{anchor}";
        return new ProseModel(PrintLinks.Resolve(prose.Intro, Address),
            [.. prose.Sections.Select(s => s with { Html = PrintLinks.Resolve(s.Html, Address) })],
            suggestPage)
        {
            IdPrefix = idPrefix,
            HeadingShift = headingShift,
        };
    }
}
