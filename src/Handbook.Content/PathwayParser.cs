namespace Handbook.Content;

/// <summary>Turns the text of a role or skill file into a document, or into errors naming its lines.</summary>
public sealed class PathwayParser(HandbookMarkdown markdown)
{
    public RoleDocument? ParseRole(string path, string text, List<ContentError> errors)
    {
        var document = markdown.Parse(text);
        var before = errors.Count;
        if (CommonFields.Open(document, path, errors, "stage", "areas", "chapters", "skills", "aliases") is not { } fields)
        {
            return null;
        }
        var header = CommonFields.ReadHeader(fields);
        var stage = OneOf(fields, "stage", ContentRules.Stages.Keys.ToList());
        var areas = new List<string>();
        foreach (var (area, node) in fields.StringList("areas"))
        {
            if (ContentRules.Areas.ContainsKey(area))
            {
                areas.Add(area);
            }
            else
            {
                fields.Error(node, $"Unknown area '{area}'. Areas are: {string.Join(", ", ContentRules.Areas.Keys)}.");
            }
        }
        var chapters = CommonFields.SlugList(fields, "chapters");
        var aliases = CommonFields.SlugList(fields, "aliases");
        var skills = new List<SkillExpectation>();
        foreach (var (skill, level, line) in fields.Pairs("skills", required: true))
        {
            if (ContentRules.Levels.Contains(level))
            {
                skills.Add(new SkillExpectation(skill, level, line));
            }
            else
            {
                errors.Add(new ContentError(path, line, $"Unknown level '{level}' for '{skill}'. Levels are: {string.Join(", ", ContentRules.Levels)}."));
            }
        }
        var headings = CommonFields.CheckBody(document, text, path, errors);
        var links = CommonFields.ChapterLinks(document, path, errors);
        if (errors.Count > before || header is null || stage is null)
        {
            return null;
        }
        return new RoleDocument(path, header.Slug, header.Title, header.Order, stage, header.Summary, areas, chapters, skills, aliases,
            markdown.Render(document), markdown.RenderForPrint(document, RoleDocument.PrintPrefix, headingShift: 0), headings, links,
            CommonFields.SearchSections(markdown, document, text), CommonFields.Hash(markdown, text), header.Lines);
    }

    public SkillDocument? ParseSkill(string path, string text, List<ContentError> errors)
    {
        var document = markdown.Parse(text);
        var before = errors.Count;
        if (CommonFields.Open(document, path, errors, "group", "levels", "levels_source", "chapters", "aliases") is not { } fields)
        {
            return null;
        }
        var header = CommonFields.ReadHeader(fields);
        var group = OneOf(fields, "group", ContentRules.SkillGroups);
        var levels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (level, meaning, line) in fields.Pairs("levels", required: true))
        {
            if (ContentRules.Levels.Contains(level))
            {
                levels[level] = meaning;
            }
            else
            {
                errors.Add(new ContentError(path, line, $"Unknown level '{level}'. Levels are: {string.Join(", ", ContentRules.Levels)}."));
            }
        }
        var missing = ContentRules.Levels.Where(l => !levels.ContainsKey(l)).ToList();
        if (missing.Count > 0 && errors.Count == before)
        {
            fields.ErrorOnField("levels", $"Say what each level means for this skill: '{string.Join("', '", missing)}' is missing.");
        }
        var levelsSource = fields.String("levels_source", required: false) ?? ContentRules.DdatLevelsSource;
        if (levelsSource is not (ContentRules.DdatLevelsSource or ContentRules.HandbookLevelsSource))
        {
            fields.ErrorOnField("levels_source", $"'{levelsSource}' is not a source of levels: use {ContentRules.DdatLevelsSource} (the default) or {ContentRules.HandbookLevelsSource}.");
        }
        var chapters = CommonFields.SlugList(fields, "chapters");
        var aliases = CommonFields.SlugList(fields, "aliases");
        var headings = CommonFields.CheckBody(document, text, path, errors);
        var links = CommonFields.ChapterLinks(document, path, errors);
        if (errors.Count > before || header is null || group is null)
        {
            return null;
        }
        return new SkillDocument(path, header.Slug, header.Title, header.Order, group, header.Summary, levels,
            levelsSource == ContentRules.HandbookLevelsSource, chapters, aliases,
            markdown.Render(document), headings, links, CommonFields.SearchSections(markdown, document, text), CommonFields.Hash(markdown, text), header.Lines);
    }

    private static string? OneOf(FrontMatter fields, string key, IReadOnlyList<string> allowed)
    {
        var value = fields.String(key, required: true);
        if (value is not null && !allowed.Contains(value))
        {
            fields.ErrorOnField(key, $"'{value}' is not a {key}: use one of {string.Join(", ", allowed)}.");
            return null;
        }
        return value;
    }
}
