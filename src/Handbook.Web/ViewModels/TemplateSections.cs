namespace Handbook.Web.ViewModels;

/// <summary>A section of a page: the anchor it is linked by and its heading.</summary>
public sealed record PageSection(string Anchor, string Title);

/// <summary>
/// The headings the views add to chapter, role and skill pages (a role's skills table, a chapter's
/// reading list), in one place: the views render them, the suggestion form offers them as sections,
/// and a link to one of them previews with its title.
/// </summary>
public static class TemplateSections
{
    public static readonly PageSection ChapterReading = new("reading", "Reading");
    public static readonly PageSection ChapterTraining = new("training", "Training");

    public static readonly PageSection RoleSkills = new("skills", "Skills and the level expected");
    public static readonly PageSection RoleChapters = new("chapters", "Chapters for this role");
    public static readonly PageSection RoleReading = new("reading", "Reading and training");

    public static readonly PageSection SkillLevels = new("levels", "What each level means");
    public static readonly PageSection SkillByRole = new("by-role", "The level each role expects");
    public static readonly PageSection SkillChapters = new("chapters", "Chapters that help");

    public static PageSection RoleRises(string previousRole) => new("what-rises", $"Where the bar rises from {previousRole}");

    /// <summary>A chapter's sections after its Markdown, in page order.</summary>
    public static IReadOnlyList<PageSection> ForChapter(bool hasReading, bool hasTraining) =>
        [.. When(hasReading, ChapterReading), .. When(hasTraining, ChapterTraining)];

    /// <summary>A role's sections after its Markdown, in page order.</summary>
    public static IReadOnlyList<PageSection> ForRole(string? previousRole, bool hasChapters, bool hasReading) =>
        [RoleSkills, .. previousRole is null ? [] : new[] { RoleRises(previousRole) }, .. When(hasChapters, RoleChapters), .. When(hasReading, RoleReading)];

    /// <summary>A skill's sections after its Markdown, in page order.</summary>
    public static IReadOnlyList<PageSection> ForSkill(bool hasChapters) =>
        [SkillLevels, SkillByRole, .. When(hasChapters, SkillChapters)];

    private static PageSection[] When(bool condition, PageSection section) => condition ? [section] : [];
}
