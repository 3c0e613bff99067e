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
    public static readonly PageSection ChapterBuilds = new("builds", "The roles and skills it builds");

    /// <summary>A page's change notes, at its foot, where "See all updates" leads.</summary>
    public static readonly PageSection Updates = new("updates", "All updates");

    public static readonly PageSection RoleSkills = new("skills", "Skills and the level expected");
    public static readonly PageSection RoleCurrentSkills = new("skills", "Skills in the current framework");
    public static readonly PageSection RolePathwaySkills = new("skills-2017", "The 2017 pathway this handbook first followed");
    public static readonly PageSection RoleChapters = new("chapters", "Chapters for this role");
    public static readonly PageSection RoleReading = new("reading", "Reading and training");

    public static readonly PageSection SkillLevels = new("levels", "What each level means");
    public static readonly PageSection SkillByRole = new("by-role", "The level each role expects");
    public static readonly PageSection SkillChapters = new("chapters", "Chapters that help");
    public static readonly PageSection SkillOtherRoles = new("other-roles", "Other roles that need it");

    public static PageSection RoleRises(string previousRole) => new("what-rises", $"Where the bar rises from {previousRole}");

    /// <summary>A chapter's sections after its Markdown, in page order.</summary>
    public static IReadOnlyList<PageSection> ForChapter(bool hasReading, bool hasTraining, bool buildsSomething = false, bool hasUpdates = false) =>
        [.. When(hasReading, ChapterReading), .. When(hasTraining, ChapterTraining), .. When(buildsSomething, ChapterBuilds), .. When(hasUpdates, Updates)];

    /// <summary>
    /// A role's sections besides its Markdown, in page order: with the current framework, its skills
    /// lead and the 2017 pathway's follow the rises; without it, the 2017 pathway's are the skills.
    /// </summary>
    public static IReadOnlyList<PageSection> ForRole(string? previousRole, bool hasCurrent, bool hasChapters, bool hasReading, bool hasUpdates) =>
        [hasCurrent ? RoleCurrentSkills : RoleSkills, .. previousRole is null ? [] : new[] { RoleRises(previousRole) },
            .. When(hasCurrent, RolePathwaySkills), .. When(hasChapters, RoleChapters), .. When(hasReading, RoleReading), .. When(hasUpdates, Updates)];

    /// <summary>A skill's sections after its Markdown, in page order.</summary>
    public static IReadOnlyList<PageSection> ForSkill(bool hasChapters, bool hasOtherRoles = false, bool hasUpdates = false) =>
        [SkillLevels, SkillByRole, .. When(hasOtherRoles, SkillOtherRoles), .. When(hasChapters, SkillChapters), .. When(hasUpdates, Updates)];

    private static PageSection[] When(bool condition, PageSection section) => condition ? [section] : [];
}
