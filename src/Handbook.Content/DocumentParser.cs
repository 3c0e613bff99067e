using Markdig.Syntax;

namespace Handbook.Content;

/// <summary>Turns the text of one part or chapter file into a document, or into errors naming its lines.</summary>
public sealed class DocumentParser(HandbookMarkdown markdown)
{
    /// <summary>The pipeline it parses and renders with.</summary>
    public HandbookMarkdown Markdown => markdown;

    public PartDocument? ParsePart(string path, string folder, string text, List<ContentError> errors)
    {
        var document = markdown.Parse(text);
        var before = errors.Count;
        if (CommonFields.Open(document, path, errors) is not { } fields)
        {
            return null;
        }
        var header = CommonFields.ReadHeader(fields);
        CommonFields.CheckBody(document, text, path, errors);
        if (errors.Count > before || header is null)
        {
            return null;
        }
        return new PartDocument(path, folder, header.Slug, header.Title, header.Order, header.Summary, markdown.Render(document).ToHtml(), CommonFields.Hash(markdown, text), header.Lines);
    }

    public ChapterDocument? ParseChapter(string path, string folder, string text, List<ContentError> errors)
    {
        var document = markdown.Parse(text);
        var before = errors.Count;
        if (CommonFields.Open(document, path, errors, "roles", "aliases", "updated", ChangeNotes.Field, "reading", "training") is not { } fields)
        {
            return null;
        }
        var header = CommonFields.ReadHeader(fields);
        var roles = CommonFields.SlugList(fields, "roles");
        var aliases = CommonFields.SlugList(fields, "aliases");
        var updated = fields.Date("updated");
        var changes = ChangeNotes.Read(fields);
        var reading = ReadingItems(fields, "reading", ReadingList.Reading)
            .Concat(ReadingItems(fields, "training", ReadingList.Training))
            .ToList();
        var headings = CommonFields.CheckBody(document, text, path, errors);
        var links = CommonFields.ChapterLinks(document, path, errors);
        if (errors.Count > before || header is null)
        {
            return null;
        }
        return new ChapterDocument(path, folder, header.Slug, header.Title, header.Order, header.Summary, roles, aliases, updated, changes,
            markdown.Render(document), markdown.RenderForPrint(document, $"{header.Slug}--", headingShift: 2), headings, reading, links,
            CommonFields.SearchSections(markdown, document, text), CommonFields.Hash(markdown, text), header.Lines);
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
}
