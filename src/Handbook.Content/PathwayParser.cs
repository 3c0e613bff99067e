namespace Handbook.Content;

/// <summary>Turns the text of a role or skill file into a document, or into errors naming its lines.</summary>
public sealed class PathwayParser(HandbookMarkdown markdown)
{
    private static readonly string[] PathwayOnlyFields = ["group", "levels_source"];
    private static readonly string[] CurrentOnlyFields = ["also-needed-by", "replaces"];

    public RoleDocument? ParseRole(string path, string text, List<ContentError> errors)
    {
        var document = markdown.Parse(text);
        var before = errors.Count;
        if (CommonFields.Open(document, path, errors, "stage", "areas", "chapters", "skills", "framework-skills", "framework-summary",
            "grades", "grades-as-of", "start-here", "aliases", ChangeNotes.Field) is not { } fields)
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
        var skills = Expectations(fields, "skills", path, errors);
        var frameworkSkills = Expectations(fields, "framework-skills", path, errors);
        var frameworkSummary = fields.String("framework-summary", required: false);
        var grades = fields.StringList("grades").Select(g => g.Value).ToList();
        var gradesAsOf = fields.Date("grades-as-of");
        if (grades.Count > 0 && gradesAsOf is null && fields.Field("grades-as-of") is null)
        {
            fields.ErrorOnField("grades", "Say which version of the framework the grades come from: add 'grades-as-of: YYYY-MM-DD', the date on its page.");
        }
        else if (grades.Count == 0 && fields.Field("grades-as-of") is not null)
        {
            fields.ErrorOnField("grades-as-of", "'grades-as-of' dates the 'grades' list, and there is none: add the grades or remove the date.");
        }
        var changes = ChangeNotes.Read(fields);
        var startHere = new List<StartHereItem>();
        foreach (var item in fields.MappingList("start-here", "url: https://…"))
        {
            fields.RejectUnknownKeys(item, "url", "why");
            var url = fields.String(item, "url", required: true);
            var why = fields.String(item, "why", required: true);
            if (url is not null && why is not null)
            {
                startHere.Add(new StartHereItem(url, why, fields.LineOf(item)));
            }
        }
        var headings = CommonFields.CheckBody(document, text, path, errors);
        var links = CommonFields.ChapterLinks(document, path, errors);
        if (errors.Count > before || header is null || stage is null)
        {
            return null;
        }
        return new RoleDocument(path, header.Slug, header.Title, header.Order, stage, header.Summary, areas, chapters, skills,
            frameworkSkills, frameworkSummary, grades, gradesAsOf, startHere, aliases, changes,
            markdown.Render(document), markdown.RenderForPrint(document, RoleDocument.PrintPrefix, headingShift: 0), headings, links,
            CommonFields.SearchSections(markdown, document, text), CommonFields.Hash(markdown, text), header.Lines);
    }

    public SkillDocument? ParseSkill(string path, string text, List<ContentError> errors)
    {
        var document = markdown.Parse(text);
        var before = errors.Count;
        if (CommonFields.Open(document, path, errors, "framework", "group", "levels", "levels_source", "also-needed-by", "replaces",
            "chapters", "aliases", ChangeNotes.Field) is not { } fields)
        {
            return null;
        }
        var header = CommonFields.ReadHeader(fields);
        var framework = fields.Field("framework") is null ? ContentRules.Pathway2017 : OneOf(fields, "framework", ContentRules.Frameworks);
        var current = framework == ContentRules.CurrentFramework;
        var group = current ? "" : OneOf(fields, "group", ContentRules.SkillGroups);
        if (current)
        {
            foreach (var pathwayOnly in PathwayOnlyFields.Where(k => fields.Field(k) is not null))
            {
                fields.ErrorOnField(pathwayOnly, $"'{pathwayOnly}' belongs to the 2017 pathway's capabilities: a skill of the current framework has none.");
            }
        }
        else
        {
            foreach (var currentOnly in CurrentOnlyFields.Where(k => fields.Field(k) is not null))
            {
                fields.ErrorOnField(currentOnly, $"'{currentOnly}' belongs to the current framework's skills: add 'framework: current' or remove it.");
            }
        }
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
        var alsoNeededBy = fields.StringList("also-needed-by").Select(r => r.Value).ToList();
        var replaces = CommonFields.SlugList(fields, "replaces");
        var chapters = CommonFields.SlugList(fields, "chapters");
        var aliases = CommonFields.SlugList(fields, "aliases");
        var changes = ChangeNotes.Read(fields);
        var headings = CommonFields.CheckBody(document, text, path, errors);
        var links = CommonFields.ChapterLinks(document, path, errors);
        if (errors.Count > before || header is null || framework is null || group is null)
        {
            return null;
        }
        return new SkillDocument(path, header.Slug, header.Title, header.Order, framework, group, header.Summary, levels,
            levelsSource == ContentRules.HandbookLevelsSource, alsoNeededBy, replaces, chapters, aliases, changes,
            markdown.Render(document), headings, links, CommonFields.SearchSections(markdown, document, text), CommonFields.Hash(markdown, text), header.Lines);
    }

    public FrameworkDocument? ParseFramework(string path, string text, List<ContentError> errors)
    {
        var document = markdown.Parse(text);
        var before = errors.Count;
        if (CommonFields.Open(document, path, errors, "version", "reviewed", "url") is not { } fields)
        {
            return null;
        }
        var title = fields.String("title", required: true);
        var summary = fields.String("summary", required: true);
        var version = RequiredDate(fields, "version", "the date the framework's page says it was last updated");
        var reviewed = RequiredDate(fields, "reviewed", "the day the handbook last checked its pages against the framework");
        var url = fields.String("url", required: true);
        if (url is not null && !ContentRules.IsWebAddress(url))
        {
            fields.ErrorOnField("url", $"The url '{url}' must be a full web address starting with https://.");
        }
        CommonFields.CheckBody(document, text, path, errors);
        if (errors.Count > before || title is null || summary is null || version is null || reviewed is null || url is null)
        {
            return null;
        }
        return new FrameworkDocument(path, title, summary, version.Value, reviewed.Value, url, markdown.Render(document).ToHtml(), CommonFields.Hash(markdown, text));
    }

    private static DateOnly? RequiredDate(FrontMatter fields, string key, string meaning)
    {
        if (fields.Field(key) is null)
        {
            fields.ErrorOnField(key, $"The field '{key}' is missing: add '{key}: YYYY-MM-DD', {meaning}.");
            return null;
        }
        return fields.Date(key);
    }

    /// <summary>A map of skill slug to level; an unknown level is an error on its line.</summary>
    private static List<SkillExpectation> Expectations(FrontMatter fields, string key, string path, List<ContentError> errors)
    {
        var expectations = new List<SkillExpectation>();
        foreach (var (skill, level, line) in fields.Pairs(key, required: key == "skills"))
        {
            if (ContentRules.Levels.Contains(level))
            {
                expectations.Add(new SkillExpectation(skill, level, line));
            }
            else
            {
                errors.Add(new ContentError(path, line, $"Unknown level '{level}' for '{skill}'. Levels are: {string.Join(", ", ContentRules.Levels)}."));
            }
        }
        return expectations;
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
