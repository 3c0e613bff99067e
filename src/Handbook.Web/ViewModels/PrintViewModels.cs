using Handbook.Content;

namespace Handbook.Web.ViewModels;

/// <summary>A chapter with its HTML fitted for a page that holds many chapters.</summary>
public sealed record PrintChapter(string Slug, string Number, string Title, ProseModel Prose, int PartNumber, string PartTitle, IReadOnlyList<ReadingEntry> Reading)
{
    public string Id => PrintProse.ChapterId(Slug);
}

public sealed record PrintPart(int Number, string Title, IReadOnlyList<PrintChapter> Chapters);

public sealed record PrintHandbookViewModel(PageMeta Meta, IReadOnlyList<PrintPart> Parts) : IHasPageMeta;

public sealed record PrintRoleViewModel(
    PageMeta Meta,
    RoleLink Role,
    string Summary,
    ProseModel Prose,
    IReadOnlyList<SkillExpectationRow> Skills,
    IReadOnlyList<PrintChapter> Chapters,
    IReadOnlyList<ReadingRow> Reading) : IHasPageMeta
{
    /// <summary>The current framework's skills with the level the role expects, first on paper as on screen; empty without them.</summary>
    public IReadOnlyList<CurrentSkillRow> CurrentSkills { get; init; } = [];

    public FrameworkSourceLine? Source { get; init; }
}

/// <summary>
/// A role's short pack, a few pages to take into a conversation: the role, the level of each skill
/// and what it means, what rises for the next role, and where to start reading.
/// </summary>
public sealed record PrintShortRoleViewModel(
    PageMeta Meta,
    RoleLink Role,
    string Summary,
    string FrameworkSummary,
    IReadOnlyList<CurrentSkillRow> CurrentSkills,
    RoleLink? Next,
    IReadOnlyList<GrowingRow> Growing,
    ProseModel? GrowingProse,
    IReadOnlyList<StartHereRow> StartHere,
    FrameworkSourceLine? Source) : IHasPageMeta;

/// <summary>A skill whose level rises for the next role: from, to, and what the new level means.</summary>
public sealed record GrowingRow(string Skill, string From, string To, string Meaning);
