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
    public Prose Render(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
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
            if (block is HeadingBlock { Level: 2 or 3 } heading && heading.GetAttributes().Id is { Length: > 0 } anchor)
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
