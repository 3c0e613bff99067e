using Handbook.Content;

namespace Handbook.Web.Data;

/// <summary>
/// A top-level h2 or h3 of a chapter's, role's or skill's text, stored as JSON in its row, in page
/// order: the Markdown of its section (an h2's holds its h3s), shown to moderators beside
/// suggestions, and the HTML under it up to the next h2 or h3, for the screen and for print.
/// </summary>
public sealed class StoredHeading
{
    public int Level { get; set; }
    public required string Text { get; set; }
    public required string Anchor { get; set; }
    public required string SectionMarkdown { get; set; }

    /// <summary>The start of the section's own text, as plain text, for link previews of the heading.</summary>
    public string Excerpt { get; set; } = "";

    /// <summary>The heading's text as HTML (it may hold code or emphasis).</summary>
    public string TitleHtml { get; set; } = "";

    public string Html { get; set; } = "";

    /// <summary>The section's HTML as a page of many documents prints it (<see cref="HandbookMarkdown.RenderForPrint"/>).</summary>
    public string PrintHtml { get; set; } = "";

    /// <summary>The heading and the HTML under it, as the views show a section.</summary>
    public ProseSection ToSection() => new(Level, Anchor, Text, TitleHtml, Html);

    /// <summary>The heading and its print HTML, as the print views show a section.</summary>
    public ProseSection ToPrintSection() => new(Level, Anchor, Text, TitleHtml, PrintHtml);

    /// <summary>Each heading with its section's Markdown and HTML, as the row keeps them.</summary>
    public static List<StoredHeading> From(IReadOnlyList<HeadingInfo> headings, Prose prose, Prose? print, Func<string, string>? excerptOf = null) =>
        headings.Select(h =>
        {
            var section = prose.Sections.FirstOrDefault(s => s.Anchor == h.Anchor);
            return new StoredHeading
            {
                Level = h.Level, Text = h.Text, Anchor = h.Anchor, SectionMarkdown = h.SectionMarkdown,
                Excerpt = excerptOf?.Invoke(h.Anchor) ?? "",
                TitleHtml = section?.TitleHtml ?? "", Html = section?.Html ?? "",
                PrintHtml = print?.Sections.FirstOrDefault(s => s.Anchor == h.Anchor)?.Html ?? "",
            };
        }).ToList();
}
