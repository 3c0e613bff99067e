using Handbook.Content;
using Handbook.Web.Data;

namespace Handbook.Web.ViewModels;

/// <summary>
/// Which version of the current capability framework a page follows: its name, the date its product
/// manager page gives, the day the handbook last checked it, and a link to that page.
/// </summary>
public sealed record FrameworkSourceLine(string Title, string Summary, DateOnly Version, DateOnly Reviewed, string Url, string IntroHtml);

/// <summary>The Civil Service grades the framework says a role level is often performed at, and the date of the page that says so.</summary>
public sealed record GradesModel(IReadOnlyList<string> Grades, DateOnly AsOf);

/// <summary>A page's change notes, newest first, and the day it last changed (the content's date, not the import's).</summary>
public sealed record UpdatesModel(IReadOnlyList<ChangeNoteModel> Notes, DateOnly? LastUpdated)
{
    public static readonly UpdatesModel None = new([], null);

    /// <param name="lastUpdated">The day the content says the page last changed, as the store keeps it.</param>
    public static UpdatesModel From(IEnumerable<StoredChange> changes, DateOnly? lastUpdated) =>
        new([.. changes.OrderByDescending(c => c.Date).Select(c => new ChangeNoteModel(c.Date, c.Note))], lastUpdated);
}

public sealed record ChangeNoteModel(DateOnly Date, string Note);

/// <summary>
/// A skill of the current framework on a role's page: the level the role expects, what it means,
/// and how it compares with the role before and the next.
/// </summary>
public sealed record CurrentSkillRow(
    string Skill,
    string Slug,
    string Level,
    string Meaning,
    string? PreviousLevel,
    LevelStep? FromPrevious,
    string? NextLevel,
    LevelStep? ToNext)
{
    public string Url => SiteAddress.Skill(Slug);

    /// <summary>The skill's row on <paramref name="role"/>'s page, beside the roles before and after it on the pathway.</summary>
    public static CurrentSkillRow For(Controllers.SkillWithMeanings skill, Controllers.RoleWithLevels role, Controllers.RoleWithLevels? previous, Controllers.RoleWithLevels? next)
    {
        var level = role.Levels.GetValueOrDefault(skill.Slug, "");
        return new CurrentSkillRow(skill.Title, skill.Slug, level, skill.Meanings.GetValueOrDefault(level, ""),
            previous?.Levels.GetValueOrDefault(skill.Slug), previous?.StepTo(role, skill.Slug),
            next?.Levels.GetValueOrDefault(skill.Slug), next is null ? null : role.StepTo(next, skill.Slug));
    }
}

/// <summary>A 2017 capability and the current skills that take it over, in the handbook's reading (none where it no longer appears).</summary>
public sealed record SkillMapping(string Title, string Slug, IReadOnlyList<SkillLinkModel> Current)
{
    public string Url => SiteAddress.Skill(Slug);

    /// <summary>Each 2017 capability with the current skills whose <c>replaces:</c> names it, then the current skills that replace none.</summary>
    public static List<SkillMapping> Of(IReadOnlyList<Controllers.SkillWithMeanings> skills) =>
        skills.Where(s => !s.IsCurrent)
            .Select(old => new SkillMapping(old.Title, old.Slug,
                [.. skills.Where(s => s.IsCurrent && s.Replaces.Contains(old.Slug)).Select(s => new SkillLinkModel(s.Title, s.Slug))]))
            .ToList();
}

/// <param name="IsCurrent">False for a capability of the 2017 pathway, which a page marks as history.</param>
public sealed record SkillLinkModel(string Title, string Slug, bool IsCurrent = true)
{
    public string Url => SiteAddress.Skill(Slug);
}

/// <summary>A page's "All updates" section: its change notes, with the page they belong to for the heading's tools.</summary>
public sealed record UpdatesSectionModel(UpdatesModel Updates, string? SuggestPage);
