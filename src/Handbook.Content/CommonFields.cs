using System.Security.Cryptography;
using System.Text;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Handbook.Content;

/// <summary>The fields and checks that every kind of content file shares.</summary>
internal static class CommonFields
{

    /// <summary>
    /// Reads the front matter and rejects fields other than the four every file has (title, slug,
    /// order, summary) and <paramref name="otherKeys"/>. Null if there is no readable front matter.
    /// </summary>
    public static FrontMatter? Open(MarkdownDocument document, string path, List<ContentError> errors, params string[] otherKeys)
    {
        var fields = ReadFrontMatter(document, path, errors);
        fields?.RejectUnknownKeys(["title", "slug", "order", "summary", .. otherKeys]);
        return fields;
    }

    /// <summary>The four fields every file has; null (with errors recorded) if any is missing or wrong.</summary>
    public static Header? ReadHeader(FrontMatter fields)
    {
        var title = fields.String("title", required: true);
        var slug = Slug(fields);
        var order = fields.Integer("order", required: true);
        var summary = Summary(fields);
        return title is null || slug is null || order is null || summary is null
            ? null
            : new Header(title, slug, order.Value, summary, new HeaderLines(fields.LineOfField("slug"), fields.LineOfField("order")));
    }

    private static FrontMatter? ReadFrontMatter(MarkdownDocument document, string path, List<ContentError> errors)
    {
        if (document.Count == 0 || document[0] is not YamlFrontMatterBlock block)
        {
            errors.Add(new ContentError(path, 1,
                "The file must start with front matter: a line '---', fields such as 'title: …', and a closing '---'."));
            return null;
        }
        // Markdig lines are 0-based and the block's line is the opening '---'.
        return FrontMatter.Parse(block.Lines.ToString(), path, block.Line + 2, errors);
    }

    private static string? Slug(FrontMatter fields)
    {
        var slug = fields.String("slug", required: true);
        if (slug is not null && !ContentRules.IsSlug(slug))
        {
            fields.ErrorOnField("slug", $"The slug '{slug}' may hold only lowercase letters, digits and single hyphens, such as 'work-with-agility'.");
            return null;
        }
        return slug;
    }

    private static string? Summary(FrontMatter fields)
    {
        var summary = fields.String("summary", required: true);
        if (summary is not null && summary.Length > ContentRules.MaxSummaryLength)
        {
            fields.ErrorOnField("summary", $"The summary is {summary.Length} characters long: shorten it to {ContentRules.MaxSummaryLength} at most (under 160 reads best in link previews).");
        }
        return summary;
    }

    /// <summary>
    /// Checks the headings and returns the h2s and h3s, each with the Markdown of its section (up to
    /// the next heading of the same or a higher level), which moderators read beside a suggestion.
    /// </summary>
    public static List<HeadingInfo> CheckBody(MarkdownDocument document, string text, string path, List<ContentError> errors)
    {
        foreach (var heading in document.Descendants<HeadingBlock>().Where(h => h.Level == 1))
        {
            errors.Add(new ContentError(path, heading.Line + 1,
                "Use '##' or deeper for headings: the page title from front matter is the page's only top-level heading."));
        }
        var topLevel = document.OfType<HeadingBlock>().ToList();
        var headings = new List<HeadingInfo>();
        for (var i = 0; i < topLevel.Count; i++)
        {
            var heading = topLevel[i];
            if (heading.Level is not (2 or 3) || heading.GetAttributes().Id is not { Length: > 0 } anchor)
            {
                continue;
            }
            var start = Math.Min(heading.Span.End + 1, text.Length);
            var end = topLevel.Skip(i + 1).FirstOrDefault(h => h.Level <= heading.Level)?.Span.Start ?? text.Length;
            headings.Add(new HeadingInfo(heading.Level, HandbookMarkdown.PlainText(heading.Inline), anchor, text[start..end].Trim()));
        }
        return headings;
    }

    public static List<ChapterLink> ChapterLinks(MarkdownDocument document, string path, List<ContentError> errors)
    {
        var links = new List<ChapterLink>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            var url = link.Url ?? "";
            if (Handbook.Content.ChapterLinks.Parse(url) is var (slug, anchor))
            {
                links.Add(new ChapterLink(slug, anchor, link.Line + 1));
            }
            else if (url.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || url.Contains(".md#", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(new ContentError(path, link.Line + 1,
                    $"Link to chapters by their address, such as '/chapters/work-with-agility', not by file name ('{url}')."));
            }
        }
        return links;
    }

    /// <summary>
    /// Splits the body at every heading into plain-text stretches for the search index: the text before
    /// the first heading, then each heading's own text up to the next heading of any level.
    /// </summary>
    public static List<SearchSection> SearchSections(HandbookMarkdown markdown, MarkdownDocument document, string text)
    {
        var bodyStart = document.Count > 0 && document[0] is YamlFrontMatterBlock frontMatter ? Math.Min(frontMatter.Span.End + 1, text.Length) : 0;
        var headings = document.OfType<HeadingBlock>().ToList();
        var sections = new List<SearchSection>();
        var introEnd = headings.Count > 0 ? headings[0].Span.Start : text.Length;
        AddSection(sections, markdown, null, null, text[bodyStart..Math.Max(bodyStart, introEnd)]);
        for (var i = 0; i < headings.Count; i++)
        {
            var start = Math.Min(headings[i].Span.End + 1, text.Length);
            var end = i + 1 < headings.Count ? headings[i + 1].Span.Start : text.Length;
            AddSection(sections, markdown, headings[i].GetAttributes().Id, HandbookMarkdown.PlainText(headings[i].Inline), text[start..Math.Max(start, end)]);
        }
        return sections;
    }

    private static void AddSection(List<SearchSection> sections, HandbookMarkdown markdown, string? anchor, string? heading, string sectionMarkdown)
    {
        var plain = markdown.ToPlainText(sectionMarkdown);
        if (plain.Length > 0 || heading is not null)
        {
            sections.Add(new SearchSection(anchor, heading, plain));
        }
    }

    /// <summary>A list of slugs, each with the line it is on, for checks against other files.</summary>
    public static List<SlugRef> SlugList(FrontMatter fields, string key)
    {
        var slugs = new List<SlugRef>();
        foreach (var (value, node) in fields.StringList(key))
        {
            if (ContentRules.IsSlug(value))
            {
                slugs.Add(new SlugRef(value, fields.LineOf(node)));
            }
            else
            {
                fields.Error(node, $"'{value}' in '{key}' is not a slug: lowercase letters, digits and single hyphens only.");
            }
        }
        return slugs;
    }

    /// <summary>A file's content hash, in hex (<see cref="HandbookMarkdown.HashOf"/>).</summary>
    public static string Hash(HandbookMarkdown markdown, string text) => Convert.ToHexStringLower(markdown.HashOf(text));
}

/// <summary>The fields every content file has.</summary>
internal sealed record Header(string Title, string Slug, int Order, string Summary, HeaderLines Lines);
