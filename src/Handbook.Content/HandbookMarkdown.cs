using System.Security.Cryptography;
using System.Text;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Handbook.Content;

/// <summary>
/// The one Markdig pipeline the handbook parses and renders with. Built once; safe to share.
/// </summary>
public sealed class HandbookMarkdown
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseAutoLinks()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseFootnotes()
        .DisableHtml()
        .Build();

    public HandbookMarkdown() => Rendering = RenderingFingerprint.Of(this);

    /// <summary>What this release renders Markdown into (<see cref="RenderingFingerprint"/>).</summary>
    public string Rendering { get; }

    /// <summary>
    /// A file's content hash: its text and how this release renders it, so that a store rendered by
    /// a release that rendered differently is out of date even where no file changed.
    /// </summary>
    public byte[] HashOf(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(Rendering + "\n" + text));

    public MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, _pipeline);

    /// <summary>
    /// Renders a parsed document as plain semantic HTML, cut at its sections: the HTML before the first
    /// h2 or h3, then each top-level h2 and h3 (those with an id) with the HTML under it, up to the next.
    /// The headings themselves are left to the page, which gives them its own markup.
    /// </summary>
    public Prose Render(MarkdownDocument document) => Render(document, print: null);

    /// <summary>
    /// Renders the document for a page that holds many documents, such as the printed handbook: every
    /// id under the section headings and every link within the document gets <paramref name="idPrefix"/>
    /// (so ids stay unique on the page), every heading under them moves down <paramref name="headingShift"/>
    /// levels (to sit under the page's own), and a link to a chapter is written as a
    /// <see cref="PrintLinks"/> mark, for the page to point within itself or at the site. The section
    /// headings are cut out as by <see cref="Render(MarkdownDocument)"/>; the page prefixes and shifts those.
    /// </summary>
    public Prose RenderForPrint(MarkdownDocument document, string idPrefix, int headingShift)
    {
        var deeper = document.Descendants<HeadingBlock>().Where(h => !IsSectionHeading(h, document)).ToList();
        var kept = deeper.Select(h => (h.Level, h.GetAttributes().Id)).ToList();
        foreach (var heading in deeper)
        {
            heading.Level = Math.Min(6, heading.Level + headingShift);
            if (heading.GetAttributes().Id is { Length: > 0 } id)
            {
                heading.GetAttributes().Id = idPrefix + id;
            }
        }
        try
        {
            return Render(document, new PrintForm(idPrefix));
        }
        finally
        {
            for (var i = 0; i < deeper.Count; i++)
            {
                deeper[i].Level = kept[i].Level;
                deeper[i].GetAttributes().Id = kept[i].Id;
            }
        }
    }

    private sealed record PrintForm(string IdPrefix)
    {
        public string Rewrite(string url) =>
            url.StartsWith('#') ? $"#{IdPrefix}{url[1..]}"
            : ChapterLinks.Parse(url) is var (slug, anchor) ? PrintLinks.Mark(slug, anchor)
            : url;
    }

    private static bool IsSectionHeading(HeadingBlock heading, MarkdownDocument document) =>
        heading.Parent == document && heading.Level is 2 or 3 && heading.GetAttributes().Id is { Length: > 0 };

    private Prose Render(MarkdownDocument document, PrintForm? print)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        if (print is not null)
        {
            renderer.LinkRewriter = print.Rewrite;
        }
        string Take()
        {
            writer.Flush();
            var html = writer.ToString();
            writer.GetStringBuilder().Clear();
            return html;
        }

        string? intro = null;
        var sections = new List<ProseSection>();
        (int Level, string Anchor, string Title, string TitleHtml)? open = null;
        void Close()
        {
            var html = Take();
            if (open is { } heading)
            {
                // The renderer ends the heading's line before the first block under it: not part of the section.
                sections.Add(new ProseSection(heading.Level, heading.Anchor, heading.Title, heading.TitleHtml, html.TrimStart('\n')));
            }
            else
            {
                intro = html;
            }
        }
        foreach (var block in document)
        {
            if (block is HeadingBlock heading && IsSectionHeading(heading, document) && heading.GetAttributes().Id is { } anchor)
            {
                Close();
                renderer.WriteLeafInline(heading);
                open = (heading.Level, anchor, PlainText(heading.Inline), Take());
                continue;
            }
            renderer.Render(block);
        }
        Close();
        return new Prose(intro ?? "", sections);
    }

    /// <summary>Markdown as plain text, with runs of white space folded, for search and excerpts.</summary>
    public string ToPlainText(string markdown) =>
        string.Join(' ', Markdown.ToPlainText(markdown, _pipeline).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The plain text of a heading or other inline container.</summary>
    public static string PlainText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }
        var text = new System.Text.StringBuilder();
        foreach (var child in inline.Descendants())
        {
            switch (child)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }
        return text.ToString().Trim();
    }
}
