using System.Security.Cryptography;
using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Handbook.Content;

/// <summary>
/// What a release renders Markdown into, in 16 hex characters: the hash of a specimen that uses every
/// construct the handbook's pipeline knows, rendered, turned into plain text and searched for
/// headings, with Markdig's version. It goes into every file's content hash and so into the content
/// version: a release that renders differently (a Markdig upgrade, a change to the pipeline or the
/// heading markup) finds every stored page out of date and renders it again at start-up; a release
/// that renders the same finds nothing to do.
/// </summary>
internal static class RenderingFingerprint
{
    /// <summary>
    /// Raise it for a change to what is stored that the specimen cannot show (a new field read from
    /// the front matter, say), so that stores are filled again.
    /// </summary>
    private const int Revision = 6;

    private const string Specimen = """
        ---
        title: Specimen
        ---
        Text with *emphasis*, **strong**, ~~struck~~, `code`, a [link](https://example.com/a?b=c&d),
        an autolink https://example.org, an image ![alt](/x.png "t") and a footnote.[^1]
        <span>Raw HTML is shown as text.</span>

        ## A section with `code` and *emphasis*

        Paragraph.

        ### A sub-section

        1. First
        2. Second
           - nested
        a. lettered

        > A quotation

        | Column | Other |
        | :----- | ----: |
        | cell   | 1     |

        ```csharp
        var x = 1;
        ```

        ## A section with the same name

        ## A section with the same name

        #### A deeper heading

        [^1]: The footnote.
        """;

    public static string Of(HandbookMarkdown markdown)
    {
        var document = markdown.Parse(Specimen);
        var headings = document.Descendants<HeadingBlock>()
            .Select(h => $"{h.Level} {h.GetAttributes().Id} {HandbookMarkdown.PlainText(h.Inline)}");
        var described = string.Join("\n\u0001\n",
        [
            Revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
            typeof(Markdig.Markdown).Assembly.GetName().Version?.ToString() ?? "",
            markdown.Render(document).ToHtml(),
            .. markdown.Render(document).Sections.Select(s => $"{s.Level} {s.Anchor} {s.Title} {s.TitleHtml}\n{s.Html}"),
            markdown.ToPlainText(Specimen),
            .. headings,
        ]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(described)))[..16];
    }
}
