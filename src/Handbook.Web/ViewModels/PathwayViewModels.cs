namespace Handbook.Web.ViewModels;

/// <summary>A link to a role, with the stage it belongs to.</summary>
public sealed record RoleLink(string Title, string Slug, string Stage)
{
    public string Url => SiteAddress.Role(Slug);
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
    /// <summary>The sections the view adds after the role's text, for "On this page".</summary>
    public IReadOnlyList<PageSection> Sections =>
        TemplateSections.ForRole(Previous?.Title, Chapters.Count > 0, Reading.Count + Training.Count > 0);
}

public sealed record CompareViewModel(
    PageMeta Meta,
    IReadOnlyList<RoleLink> AllRoles,
    RoleLink From,
    RoleLink To,
    IReadOnlyList<CompareRow> Rows) : IHasPageMeta
{
    public int RisingCount => Rows.Count(r => r.Rises);
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

public sealed record SkillsViewModel(PageMeta Meta, IReadOnlyList<RoleLink> Roles, IReadOnlyList<SkillMatrixRow> Skills) : IHasPageMeta;

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
    bool IsHandbooksChoice) : IHasPageMeta;

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
