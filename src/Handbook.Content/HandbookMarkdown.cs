using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
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
    /// Renders a parsed document, giving every h2 and h3 a visible link to its own anchor and, when
    /// <paramref name="pagePath"/> is given (such as "/chapters/scrum-framework"), a link to suggest a
    /// change to that section.
    /// </summary>
    public string Render(MarkdownDocument document, string? pagePath = null)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new AnchoredHeadingRenderer(pagePath));
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
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

    /// <summary>The address of the form for suggesting a change to one section of a page.</summary>
    public static string SuggestionUrl(string pagePath, string? section) =>
        "/suggest?page=" + Uri.EscapeDataString(pagePath) + (string.IsNullOrEmpty(section) ? "" : "&section=" + Uri.EscapeDataString(section));

    /// <summary>
    /// The tools beside a section's heading: a link to the section and, on a page readers can suggest
    /// edits to, a link to the form with the section chosen. Markdown headings get them at import; the
    /// headings a page's template adds get the same markup from its view.
    /// </summary>
    public static string HeadingTools(string anchor, string title, string? pagePath)
    {
        var encode = HtmlEncoder.Default;
        var tools = new StringBuilder("<span class=\"hb-heading__tools\">")
            .Append("<a class=\"hb-heading__anchor\" href=\"#").Append(encode.Encode(anchor)).Append("\">")
            .Append("<span aria-hidden=\"true\">#</span><span class=\"govuk-visually-hidden\">Link to the section: ").Append(encode.Encode(title)).Append("</span></a>");
        if (pagePath is not null)
        {
            tools.Append("<a class=\"hb-heading__suggest\" href=\"").Append(encode.Encode(SuggestionUrl(pagePath, anchor))).Append("\">")
                .Append("Suggest a change<span class=\"govuk-visually-hidden\"> to the section: ").Append(encode.Encode(title)).Append("</span></a>");
        }
        return tools.Append("</span>").ToString();
    }

    private sealed class AnchoredHeadingRenderer(string? pagePath) : HtmlObjectRenderer<HeadingBlock>
    {
        protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
        {
            var tag = "h" + heading.Level.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var id = heading.GetAttributes().Id;
            var anchored = heading.Level is 2 or 3 && !string.IsNullOrEmpty(id);
            if (anchored)
            {
                renderer.Write("<div class=\"hb-heading\">");
            }
            renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
            renderer.WriteLeafInline(heading);
            renderer.Write("</").Write(tag).Write('>');
            if (anchored)
            {
                renderer.Write(HeadingTools(id!, PlainText(heading.Inline), pagePath));
                renderer.Write("</div>");
            }
            renderer.EnsureLine();
        }
    }
}
