using System.Security.Cryptography;
using System.Text;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using YamlDotNet.RepresentationModel;

namespace Handbook.Content;

/// <summary>Turns the text of one part or chapter file into a document, or into errors naming its lines.</summary>
public sealed class DocumentParser(HandbookMarkdown markdown)
{
    private const string ChapterLinkPrefix = "/chapters/";

    public PartDocument? ParsePart(string path, string folder, string text, List<ContentError> errors)
    {
        var document = markdown.Parse(text);
        var fields = ReadFrontMatter(document, path, errors);
        if (fields is null)
        {
            return null;
        }
        var before = errors.Count;
        fields.RejectUnknownKeys("title", "slug", "order", "summary");
        var title = fields.String("title", required: true);
        var slug = Slug(fields);
        var order = fields.Integer("order", required: true);
        var summary = Summary(fields);
        CheckBody(document, path, errors);
        if (errors.Count > before || title is null || slug is null || order is null || summary is null)
        {
            return null;
        }
        return new PartDocument(path, folder, slug, title, order.Value, summary, markdown.Render(document), Hash(text));
    }

    public ChapterDocument? ParseChapter(string path, string folder, string text, List<ContentError> errors)
    {
        var document = markdown.Parse(text);
        var fields = ReadFrontMatter(document, path, errors);
        if (fields is null)
        {
            return null;
        }
        var before = errors.Count;
        fields.RejectUnknownKeys("title", "slug", "order", "summary", "roles", "aliases", "reading", "training");
        var title = fields.String("title", required: true);
        var slug = Slug(fields);
        var order = fields.Integer("order", required: true);
        var summary = Summary(fields);
        var roles = Roles(fields);
        var aliases = Aliases(fields);
        var reading = ReadingItems(fields, "reading", ReadingList.Reading)
            .Concat(ReadingItems(fields, "training", ReadingList.Training))
            .ToList();
        var headings = CheckBody(document, path, errors);
        var links = ChapterLinks(document, path, errors);
        if (errors.Count > before || title is null || slug is null || order is null || summary is null)
        {
            return null;
        }
        return new ChapterDocument(path, folder, slug, title, order.Value, summary, roles, aliases,
            markdown.Render(document), headings, reading, links, Hash(text));
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

    private static List<string> Roles(FrontMatter fields)
    {
        var roles = new List<string>();
        foreach (var (role, node) in fields.StringList("roles"))
        {
            if (ContentRules.RoleSlugs.Contains(role))
            {
                roles.Add(role);
            }
            else
            {
                fields.Error(node, $"Unknown role '{role}'. Roles are: {string.Join(", ", ContentRules.RoleSlugs)}.");
            }
        }
        return roles;
    }

    private static List<string> Aliases(FrontMatter fields)
    {
        var aliases = new List<string>();
        foreach (var (alias, node) in fields.StringList("aliases"))
        {
            if (ContentRules.IsSlug(alias))
            {
                aliases.Add(alias);
            }
            else
            {
                fields.Error(node, $"The alias '{alias}' is not a slug: lowercase letters, digits and single hyphens only.");
            }
        }
        return aliases;
    }

    private static IEnumerable<ReadingEntry> ReadingItems(FrontMatter fields, string key, ReadingList list)
    {
        var entries = new List<ReadingEntry>();
        foreach (var item in fields.MappingList(key))
        {
            fields.RejectUnknownKeys(item, "title", "author", "url", "kind", "note", "dead");
            var title = fields.String(item, "title", required: true);
            var url = fields.String(item, "url", required: true);
            var kind = fields.String(item, "kind", required: true);
            var author = fields.String(item, "author", required: false);
            var note = fields.String(item, "note", required: false);
            var dead = fields.Boolean(item, "dead");
            if (url is not null && !ContentRules.IsWebAddress(url))
            {
                fields.Error(item, $"The url '{url}' must be a full web address starting with https:// or http://.");
                url = null;
            }
            if (kind is not null && !ContentRules.ReadingKinds.Contains(kind))
            {
                fields.Error(item, $"Unknown kind '{kind}'. Kinds are: {string.Join(", ", ContentRules.ReadingKinds)}.");
                kind = null;
            }
            if (title is not null && url is not null && kind is not null)
            {
                entries.Add(new ReadingEntry(list, title, author, url, kind, note, dead));
            }
        }
        return entries;
    }

    private static List<HeadingInfo> CheckBody(MarkdownDocument document, string path, List<ContentError> errors)
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

    private static List<ChapterLink> ChapterLinks(MarkdownDocument document, string path, List<ContentError> errors)
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

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
