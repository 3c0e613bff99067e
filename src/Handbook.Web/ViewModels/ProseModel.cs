using Handbook.Content;

namespace Handbook.Web.ViewModels;

/// <summary>
/// A page's prose for the <c>_Prose</c> partial: the HTML before the first heading, then each section
/// under its heading, which the partial gives the site's heading tools (<c>_HeadingTools</c>). On a
/// page readers can suggest edits to (<paramref name="SuggestPage"/>, such as "/chapters/scrum-framework"),
/// each heading also links to the suggestion form.
/// </summary>
public sealed record ProseModel(string Intro, IReadOnlyList<ProseSection> Sections, string? SuggestPage)
{
    /// <summary>How many levels the headings move down: 2 for a chapter printed under a part's h2 and its own h3.</summary>
    public int HeadingShift { get; init; }

    /// <summary>What each heading's id starts with: a chapter's slug and "--" where many chapters share a page.</summary>
    public string IdPrefix { get; init; } = "";
}

/// <summary>The tools beside a heading: a link to it (<paramref name="Id"/>) and, where given, one to suggest a change to its section (<paramref name="Anchor"/>).</summary>
public sealed record HeadingToolsModel(string Id, string Title, string? SuggestPage, string Anchor);
