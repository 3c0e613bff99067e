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
    private const string ChapterLinkPrefix = "/chapters/";

    public static FrontMatter? ReadFrontMatter(MarkdownDocument document, string path, List<ContentError> errors)
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

    public static string? Slug(FrontMatter fields)
    {
        var slug = fields.String("slug", required: true);
        if (slug is not null && !ContentRules.IsSlug(slug))
        {
            fields.ErrorOnField("slug", $"The slug '{slug}' may hold only lowercase letters, digits and single hyphens, such as 'work-with-agility'.");
            return null;
        }
        return slug;
    }

    public static string? Summary(FrontMatter fields)
    {
        var summary = fields.String("summary", required: true);
        if (summary is not null && summary.Length > ContentRules.MaxSummaryLength)
        {
            fields.ErrorOnField("summary", $"The summary is {summary.Length} characters long: shorten it to {ContentRules.MaxSummaryLength} at most (under 160 reads best in link previews).");
        }
        return summary;
    }

    public static List<HeadingInfo> CheckBody(MarkdownDocument document, string path, List<ContentError> errors)
    {
        var headings = new List<HeadingInfo>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            if (heading.Level == 1)
            {
                errors.Add(new ContentError(path, heading.Line + 1,
                    "Use '##' or deeper for headings: the page title from front matter is the page's only top-level heading."));
                continue;
            }
            if (heading.Level is 2 or 3 && heading.GetAttributes().Id is { Length: > 0 } anchor)
            {
                headings.Add(new HeadingInfo(heading.Level, HandbookMarkdown.PlainText(heading.Inline), anchor));
            }
        }
        return headings;
    }

    public static List<ChapterLink> ChapterLinks(MarkdownDocument document, string path, List<ContentError> errors)
    {
        var links = new List<ChapterLink>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            var url = link.Url ?? "";
            if (url.StartsWith(ChapterLinkPrefix, StringComparison.Ordinal))
            {
                var target = url[ChapterLinkPrefix.Length..];
                var hash = target.IndexOf('#', StringComparison.Ordinal);
                var slug = hash < 0 ? target : target[..hash];
                var anchor = hash < 0 ? null : target[(hash + 1)..];
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

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
