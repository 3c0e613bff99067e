using System.Globalization;
using System.Text;

namespace Handbook.Content;

/// <summary>
/// A document's Markdown rendered as HTML and cut at its sections: <paramref name="Intro"/> before
/// the first h2 or h3, then each section. The HTML is semantic, with no markup of any site: the page
/// that shows it gives each heading its own.
/// </summary>
public sealed record Prose(string Intro, IReadOnlyList<ProseSection> Sections)
{
    public static readonly Prose Empty = new("", []);

    /// <summary>The whole as one piece of HTML, each heading a plain <c>&lt;h2 id="…"&gt;</c> or <c>&lt;h3 id="…"&gt;</c>.</summary>
    public string ToHtml()
    {
        var html = new StringBuilder(Intro);
        foreach (var section in Sections)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h{section.Level} id=\"{section.Anchor}\">{section.TitleHtml}</h{section.Level}>\n").Append(section.Html);
        }
        return html.ToString();
    }
}

/// <summary>
/// A top-level h2 or h3 and the HTML under it, up to the next h2 or h3: its anchor (the id it
/// links by), its title as plain text and as HTML (it may hold code or emphasis).
/// </summary>
public sealed record ProseSection(int Level, string Anchor, string Title, string TitleHtml, string Html);
