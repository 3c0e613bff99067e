namespace Handbook.Web.ViewModels;

/// <summary>A link to a role, with the stage it belongs to.</summary>
public sealed record RoleLink(string Title, string Slug, string Stage)
{
    public string Url => SiteAddress.Role(Slug);

    /// <summary>The title with its article, "an Associate Product Manager" or "a Product Manager", for sentences.</summary>
    public string WithArticle => ("AEIOU".Contains(Title[0], StringComparison.Ordinal) ? "an " : "a ") + Title;
}

/// <summary>A skill with the level a role expects and what that level means for that skill.</summary>
public sealed record SkillExpectationRow(string Skill, string SkillSlug, string Group, string Level, string Meaning, bool IsHandbooksChoice)
{
    public string Url => SiteAddress.Skill(SkillSlug);
}

/// <summary>A skill whose expected level rises from one role to another.</summary>
public sealed record LevelChange(string Skill, string SkillSlug, string From, string To);

/// <summary>An item of a reading or training list, with the chapter it comes from.</summary>
public sealed record ReadingRow(string Title, string? Author, string Url, string Kind, string List, bool IsDead, ChapterLinkModel Chapter);

public sealed record RolesViewModel(
    PageMeta Meta,
    IReadOnlyList<RoleCard> Roles,
    IReadOnlyList<PathwayStage> Stages,
    IReadOnlyList<PathwayArea> Areas) : IHasPageMeta;

public sealed record RoleCard(RoleLink Role, string Summary);

/// <summary>A stage of the pathway and how many roles (columns) it spans.</summary>
public sealed record PathwayStage(string Name, int RoleCount);

/// <summary>An area of expertise and, for each role in pathway order, whether the role works in it.</summary>
public sealed record PathwayArea(string Name, IReadOnlyList<bool> ByRole);

public sealed record RoleViewModel(
    PageMeta Meta,
    RoleLink Role,
    string Summary,
    ProseModel Prose,
    IReadOnlyList<SkillExpectationRow> Skills,
    IReadOnlyList<LevelChange> ChangesFromPrevious,
    IReadOnlyList<ChapterLinkModel> Chapters,
    IReadOnlyList<ReadingRow> Reading,
    IReadOnlyList<ReadingRow> Training,
    RoleLink? Previous,
    RoleLink? Next) : IHasPageMeta
{
    /// <summary>The current framework's skills with the level this role expects; empty when the content has none.</summary>
    public IReadOnlyList<CurrentSkillRow> CurrentSkills { get; init; } = [];

    public FrameworkSourceLine? Source { get; init; }
    public string FrameworkSummary { get; init; } = "";
    public GradesModel? Grades { get; init; }

    /// <summary>How the 2017 capabilities line up with the current skills, in the handbook's reading.</summary>
    public IReadOnlyList<SkillMapping> Mapping { get; init; } = [];

    public UpdatesModel Updates { get; init; } = UpdatesModel.None;

    /// <summary>The few items of the role's reading to begin with, each with why; the reading and training lists hold the rest.</summary>
    public IReadOnlyList<StartHereRow> StartHere { get; init; } = [];

    /// <summary>The sections the view adds besides the role's text, for "On this page".</summary>
    public IReadOnlyList<PageSection> Sections =>
        TemplateSections.ForRole(Previous?.Title, CurrentSkills.Count > 0, Chapters.Count > 0, Reading.Count + Training.Count > 0, Updates.Notes.Count > 0);
}

public sealed record CompareViewModel(
    PageMeta Meta,
    IReadOnlyList<RoleLink> AllRoles,
    RoleLink From,
    RoleLink To,
    IReadOnlyList<CompareRow> Rows) : IHasPageMeta
{
    public int RisingCount => Rows.Count(r => r.Rises);

    /// <summary>The current framework the rows come from; null when they are the 2017 pathway's.</summary>
    public FrameworkSourceLine? Source { get; init; }
}

/// <summary>One skill compared between two roles, with what helps close the gap where the bar rises.</summary>
public sealed record CompareRow(
    string Skill,
    string SkillSlug,
    string FromLevel,
    string FromMeaning,
    string ToLevel,
    string ToMeaning,
    bool Rises,
    bool Falls,
    IReadOnlyList<ChapterLinkModel> Chapters,
    IReadOnlyList<ReadingRow> Reading,
    int MoreReading);

/// <param name="Skills">The current framework's skills, or the 2017 pathway's where the content has no others.</param>
/// <param name="PathwaySkills">The 2017 pathway's capabilities, as history, where the content has current skills too.</param>
public sealed record SkillsViewModel(PageMeta Meta, IReadOnlyList<RoleLink> Roles, IReadOnlyList<SkillMatrixRow> Skills, IReadOnlyList<SkillMatrixRow> PathwaySkills) : IHasPageMeta
{
    public FrameworkSourceLine? Source { get; init; }
}

public sealed record SkillMatrixRow(string Title, string Slug, string Group, string Summary, IReadOnlyList<string> LevelByRole, bool IsHandbooksChoice);

public sealed record SkillViewModel(
    PageMeta Meta,
    string Title,
    string Group,
    string Summary,
    ProseModel Prose,
    IReadOnlyList<LevelMeaning> Levels,
    IReadOnlyList<RoleLevel> ByRole,
    IReadOnlyList<ChapterLinkModel> Chapters,
    bool IsHandbooksChoice) : IHasPageMeta
{
    public bool IsCurrent { get; init; }

    /// <summary>The other roles in government the framework says need the skill.</summary>
    public IReadOnlyList<string> AlsoNeededBy { get; init; } = [];

    /// <summary>For a current skill, the 2017 capabilities it takes over; for a 2017 capability, the current skills that take it over (the handbook's reading).</summary>
    public IReadOnlyList<SkillLinkModel> Mapped { get; init; } = [];

    public FrameworkSourceLine? Source { get; init; }
    public UpdatesModel Updates { get; init; } = UpdatesModel.None;
    public string Url { get; init; } = "";

    /// <summary>Every section of the page, its own and those every skill page has, for "On this page".</summary>
    public IReadOnlyList<HeadingLink> OnThisPage { get; init; } = [];
}

public sealed record LevelMeaning(string Level, string Meaning);

public sealed record RoleLevel(RoleLink Role, string Level);

public sealed record ReadingViewModel(
    PageMeta Meta,
    IReadOnlyList<RoleLink> Roles,
    IReadOnlyList<string> Kinds,
    string? Role,
    string? Kind,
    string? Skill,
    IReadOnlyList<ReadingRow> Items) : IHasPageMeta;

/// <summary>A table of skills by role, with its caption and the id the caption is labelled by.</summary>
public sealed record SkillMatrixModel(string Id, string Caption, IReadOnlyList<RoleLink> Roles, IReadOnlyList<SkillMatrixRow> Skills, bool IsPathway);

/// <summary>An item of a role's "Start here" reading: the item, with the chapter it comes from, and why to begin with it.</summary>
public sealed record StartHereRow(ReadingRow Item, string Why)
{
    /// <summary>A role's "Start here" choices found in its reading (validation makes sure each is there).</summary>
    public static List<StartHereRow> Of(IReadOnlyList<(string Url, string Why)> chosen, IReadOnlyList<ReadingRow> reading) =>
        [.. chosen.Select(s => (Item: reading.FirstOrDefault(r => r.Url == s.Url), s.Why)).Where(s => s.Item is not null).Select(s => new StartHereRow(s.Item!, s.Why))];
}

public sealed record GlossaryViewModel(PageMeta Meta, string IntroHtml, IReadOnlyList<GlossaryLetter> Letters) : IHasPageMeta;

/// <summary>The terms under one letter of the glossary.</summary>
public sealed record GlossaryLetter(char Letter, IReadOnlyList<GlossaryEntryModel> Entries)
{
    public string Anchor => "letter-" + char.ToLowerInvariant(Letter);
}

/// <param name="SeeUrl">Where the handbook explains it.</param>
/// <param name="SeeName">That place's name: a page's title, or a heading and its page.</param>
public sealed record GlossaryEntryModel(string Term, string Anchor, IReadOnlyList<string> Also, string Means, string SeeUrl, string SeeName);
