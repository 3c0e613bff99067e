using Handbook.Web.Assessment;

namespace Handbook.Web.ViewModels;

/// <summary>The self-assessment page: the form, and once answered, the result above it.</summary>
/// <param name="Address">The page's full address with the answers (and the role compared with), as sent to a line manager.</param>
public sealed record AssessViewModel(
    PageMeta Meta,
    RoleLink Role,
    IReadOnlyList<RoleLink> AllRoles,
    IReadOnlyList<AssessQuestion> Questions,
    AssessResult? Result,
    IReadOnlyList<FieldError> Errors,
    FrameworkSourceLine? Source,
    DateOnly Today,
    string Address,
    string? Against) : IHasPageMeta;

/// <summary>One skill of the form: a radio group with one option per level, what the level means as its hint.</summary>
public sealed record AssessQuestion(string Slug, string Title, string RoleLevel, string? Answer, string? Error, IReadOnlyList<LevelMeaning> Options);

/// <summary>What the answers say: the rows, the tallies, what is unanswered and what helps with each gap.</summary>
/// <param name="Columns">The roles each row is held against: the role, the next on the pathway, and the one chosen to compare with.</param>
public sealed record AssessResult(
    IReadOnlyList<RoleLink> Columns,
    IReadOnlyList<AssessRow> Rows,
    Tally VersusRole,
    Tally? VersusNext,
    Tally? VersusOther,
    IReadOnlyList<SkillLinkModel> Unanswered,
    IReadOnlyList<AssessGap> Gaps,
    string CsvUrl);

/// <summary>One answered skill: the reader's level beside each role's.</summary>
/// <param name="Versus">The standing against each of the result's columns; null where that role has no level in the skill.</param>
public sealed record AssessRow(string Skill, string Slug, string Level, IReadOnlyList<RoleLevelStanding?> Versus)
{
    public string Url => SiteAddress.Skill(Slug);
}

public sealed record RoleLevelStanding(string Level, Standing Standing)
{
    public string Words => Standing switch
    {
        Standing.Below => "below",
        Standing.Above => "above",
        _ => "at",
    };
}

/// <summary>How many answered skills are below, at or above what a role expects, said in words.</summary>
public sealed record Tally(RoleLink Role, int Below, int At, int Above)
{
    public int Answered => Below + At + Above;

    public string Sentence =>
        $"{Below} of {Answered} {(Answered == 1 ? "skill" : "skills")} below the level {Role.WithArticle} expects, {At} at it, {Above} above";
}

/// <summary>A skill below what the role (or the next) expects, with the skill page's advice on growing it and what to read.</summary>
public sealed record AssessGap(string Skill, string Slug, string Level, string Needed, RoleLink For, string AdviceHtml,
    IReadOnlyList<ChapterLinkModel> Chapters, IReadOnlyList<ReadingRow> Reading)
{
    public string Url => SiteAddress.Skill(Slug);
}
