using System.Text;

namespace Handbook.Content;

/// <summary>
/// The handbook's glossary, from <c>glossary.md</c> in the content folder: each term with the
/// abbreviations and other words readers use for it, a line on what it means and the one place in
/// the handbook that explains it.
/// </summary>
public sealed record GlossaryDocument(string Path, string Title, string Summary, string IntroHtml, IReadOnlyList<GlossaryEntry> Entries, string Hash);

/// <param name="Anchor">The id of its entry on the glossary page, from the term.</param>
/// <param name="Also">Abbreviations, synonyms and other spellings that mean the same.</param>
/// <param name="See">Where the handbook explains it.</param>
public sealed record GlossaryEntry(string Term, string Anchor, IReadOnlyList<string> Also, string Means, GlossaryTarget See, int Line);

public enum GlossaryTargetKind
{
    Chapter,
    Role,
    Skill,
}

/// <summary>A chapter, role or skill, and a heading on it if one is named.</summary>
public sealed record GlossaryTarget(GlossaryTargetKind Kind, string Slug, string? Anchor)
{
    /// <summary>
    /// Reads a <c>see:</c> value: <c>chapter-slug</c>, <c>roles/role-slug</c> or
    /// <c>skills/skill-slug</c>, each optionally followed by <c>#heading-id</c>. Null if it is none of these.
    /// </summary>
    public static GlossaryTarget? Parse(string value)
    {
        var (place, anchor) = value.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 ? (value[..hash], value[(hash + 1)..]) : (value, null);
        var (kind, slug) = place.Split('/') switch
        {
            [ContentLoader.RolesFolder, var s] => (GlossaryTargetKind.Role, s),
            [ContentLoader.SkillsFolder, var s] => (GlossaryTargetKind.Skill, s),
            [var s] => (GlossaryTargetKind.Chapter, s),
            _ => (GlossaryTargetKind.Chapter, ""),
        };
        return ContentRules.IsSlug(slug) && (anchor is null || ContentRules.IsSlug(anchor)) ? new GlossaryTarget(kind, slug, anchor) : null;
    }

    public override string ToString() => (Kind switch
    {
        GlossaryTargetKind.Role => ContentLoader.RolesFolder + "/",
        GlossaryTargetKind.Skill => ContentLoader.SkillsFolder + "/",
        _ => "",
    }) + Slug + (Anchor is null ? "" : "#" + Anchor);
}

/// <summary>Turns the text of <c>glossary.md</c> into a glossary, or into errors naming its lines.</summary>
internal static class GlossaryParser
{
    public static GlossaryDocument? Parse(HandbookMarkdown markdown, string path, string text, List<ContentError> errors)
    {
        var document = markdown.Parse(text);
        var before = errors.Count;
        if (CommonFields.Open(document, path, errors, "terms") is not { } fields)
        {
            return null;
        }
        var title = fields.String("title", required: true);
        var summary = fields.String("summary", required: true);
        var entries = new List<GlossaryEntry>();
        // Every word a reader might type leads to one entry: a term or another word used twice is an error.
        var words = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var items = fields.MappingList("terms", "term: …");
        if (items.Count == 0)
        {
            fields.ErrorOnField("terms", "The glossary has no terms: add 'terms:' followed by items, each starting with '- term: …'.");
        }
        foreach (var item in items)
        {
            fields.RejectUnknownKeys(item, "term", "also", "means", "see");
            var term = fields.String(item, "term", required: true);
            var means = fields.String(item, "means", required: true);
            var see = fields.String(item, "see", required: true);
            var also = fields.StringList(item, "also");
            var target = see is null ? null : GlossaryTarget.Parse(see);
            if (see is not null && target is null)
            {
                fields.Error(item.Children[new YamlDotNet.RepresentationModel.YamlScalarNode("see")],
                    $"'see: {see}' names no place: write a chapter's slug, roles/ROLE or skills/SKILL, optionally followed by #heading-id.");
            }
            if (means is { Length: > ContentRules.MaxSummaryLength })
            {
                fields.Error(item, $"The meaning of '{term}' is {means.Length} characters: keep it to one line of at most {ContentRules.MaxSummaryLength}.");
            }
            foreach (var (word, node) in (term is null ? [] : new[] { (term, (YamlDotNet.RepresentationModel.YamlNode)item) }).Concat(also))
            {
                if (!words.TryAdd(word, term ?? ""))
                {
                    fields.Error(node, $"'{word}' is already in the glossary, under '{words[word]}': each term, abbreviation and synonym may appear once.");
                }
            }
            if (term is not null && means is not null && target is not null)
            {
                entries.Add(new GlossaryEntry(term, AnchorOf(term), [.. also.Select(a => a.Value)], means, target, fields.LineOf(item)));
            }
        }
        CommonFields.CheckBody(document, text, path, errors);
        if (errors.Count > before || title is null || summary is null)
        {
            return null;
        }
        return new GlossaryDocument(path, title, summary, markdown.Render(document).ToHtml(),
            [.. entries.OrderBy(e => e.Term, StringComparer.OrdinalIgnoreCase)], CommonFields.Hash(markdown, text));
    }

    /// <summary>"Problem/solution fit" → "problem-solution-fit": the term's letters and digits, lower case, joined by hyphens.</summary>
    public static string AnchorOf(string term)
    {
        var anchor = new StringBuilder(term.Length);
        foreach (var c in term.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                anchor.Append(c);
            }
            else if (anchor.Length > 0 && anchor[^1] != '-')
            {
                anchor.Append('-');
            }
        }
        return anchor.ToString().TrimEnd('-');
    }
}
