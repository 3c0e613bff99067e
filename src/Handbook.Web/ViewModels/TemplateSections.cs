namespace Handbook.Web.ViewModels;

/// <summary>A section heading that a page's view adds around its Markdown, with the anchor it is linked by.</summary>
public sealed record TemplateSection(string Anchor, string Title);

/// <summary>
/// The headings the views add to chapter, role and skill pages (a role's skills table, a chapter's
/// reading list), in one place: the views render them, the suggestion form offers them as sections,
/// and a link to one of them previews with its title.
/// </summary>
public static class TemplateSections
{
    public static readonly TemplateSection ChapterReading = new("reading", "Reading");
    public static readonly TemplateSection ChapterTraining = new("training", "Training");

    public static readonly TemplateSection RoleSkills = new("skills", "Skills and the level expected");
    public static readonly TemplateSection RoleChapters = new("chapters", "Chapters for this role");
    public static readonly TemplateSection RoleReading = new("reading", "Reading and training");

    public static readonly TemplateSection SkillLevels = new("levels", "What each level means");
    public static readonly TemplateSection SkillByRole = new("by-role", "The level each role expects");
    public static readonly TemplateSection SkillChapters = new("chapters", "Chapters that help");

    public static TemplateSection RoleRises(string previousRole) => new("what-rises", $"Where the bar rises from {previousRole}");

    /// <summary>A chapter's sections after its Markdown, in page order.</summary>
    public static IReadOnlyList<TemplateSection> ForChapter(bool hasReading, bool hasTraining) =>
        [.. When(hasReading, ChapterReading), .. When(hasTraining, ChapterTraining)];

    /// <summary>A role's sections after its Markdown, in page order.</summary>
    public static IReadOnlyList<TemplateSection> ForRole(string? previousRole, bool hasChapters, bool hasReading) =>
        [RoleSkills, .. previousRole is null ? [] : new[] { RoleRises(previousRole) }, .. When(hasChapters, RoleChapters), .. When(hasReading, RoleReading)];

    /// <summary>A skill's sections after its Markdown, in page order.</summary>
    public static IReadOnlyList<TemplateSection> ForSkill(bool hasChapters) =>
        [SkillLevels, SkillByRole, .. When(hasChapters, SkillChapters)];

    private static TemplateSection[] When(bool condition, TemplateSection section) => condition ? [section] : [];
}
