namespace Handbook.Content;

/// <summary>A part of the handbook: a folder of chapters with a <c>_part.md</c> file.</summary>
public sealed record PartDocument(
    string Path,
    string Folder,
    string Slug,
    string Title,
    int Order,
    string Summary,
    string IntroHtml,
    string Hash,
    HeaderLines Lines);

/// <summary>One chapter file, parsed and rendered.</summary>
/// <param name="Updated">The date its front matter says the text last changed, if it says.</param>
/// <param name="Print">Its prose for the printed handbook: ids prefixed with its slug, headings two levels down.</param>
public sealed record ChapterDocument(
    string Path,
    string Folder,
    string Slug,
    string Title,
    int Order,
    string Summary,
    IReadOnlyList<SlugRef> Roles,
    IReadOnlyList<SlugRef> Aliases,
    DateOnly? Updated,
    IReadOnlyList<ChangeNote> Changes,
    Prose Prose,
    Prose Print,
    IReadOnlyList<HeadingInfo> Headings,
    IReadOnlyList<ReadingEntry> Reading,
    IReadOnlyList<ChapterLink> Links,
    IReadOnlyList<SearchSection> Sections,
    string Hash,
    HeaderLines Lines);

/// <summary>The lines a document's slug and order are written on, for errors about them.</summary>
public sealed record HeaderLines(int Slug, int Order);

/// <summary>
/// A stretch of a document's text for the search index: the text before the first heading (no anchor)
/// or one heading's own text up to the next heading, as plain text.
/// </summary>
public sealed record SearchSection(string? Anchor, string? Heading, string Text);

/// <summary>
/// A top-level h2 or h3, with the anchor it renders with and the Markdown of its section (an h2's
/// holds its h3s); its HTML is the <see cref="ProseSection"/> of the same anchor.
/// </summary>
public sealed record HeadingInfo(int Level, string Text, string Anchor, string SectionMarkdown);

/// <summary>Which list a reading entry belongs to.</summary>
public enum ReadingList
{
    Reading,
    Training,
}

/// <summary>An item of a chapter's reading or training list.</summary>
public sealed record ReadingEntry(
    ReadingList List,
    string Title,
    string? Author,
    string Url,
    string Kind,
    string? Note,
    bool IsDead);

/// <summary>A link from a chapter body to another chapter, kept so that it can be checked.</summary>
public sealed record ChapterLink(string TargetSlug, string? Anchor, int Line);

/// <summary>A slug that names another file's document, with the line it is written on.</summary>
public sealed record SlugRef(string Slug, int Line);

/// <summary>An item of a role's "Start here" reading: the address of one of its chapters' reading items, and why to begin with it.</summary>
public sealed record StartHereItem(string Url, string Why, int Line);

/// <summary>The level of mastery a role expects in a skill, with the line it is written on.</summary>
public sealed record SkillExpectation(string Skill, string Level, int Line);

/// <summary>A role on the career pathway, from <c>content/roles/</c>.</summary>
/// <param name="Skills">The level it expects in each capability of the 2017 pathway.</param>
/// <param name="FrameworkSkills">The level it expects in each skill of the current framework.</param>
/// <param name="FrameworkSummary">What the role level is in the current framework, in a sentence.</param>
/// <param name="Grades">The Civil Service grades the framework says the role is often performed at, where the source gives them.</param>
/// <param name="GradesAsOf">The date of the framework page those grades come from.</param>
/// <param name="StartHere">The few items of its chapters' reading to begin with, each with why.</param>
/// <param name="Print">Its prose for its printable pack: ids prefixed with <see cref="PrintPrefix"/>.</param>
public sealed record RoleDocument(
    string Path,
    string Slug,
    string Title,
    int Order,
    string Stage,
    string Summary,
    IReadOnlyList<string> Areas,
    IReadOnlyList<SlugRef> Chapters,
    IReadOnlyList<SkillExpectation> Skills,
    IReadOnlyList<SkillExpectation> FrameworkSkills,
    string? FrameworkSummary,
    IReadOnlyList<string> Grades,
    DateOnly? GradesAsOf,
    IReadOnlyList<StartHereItem> StartHere,
    IReadOnlyList<SlugRef> Aliases,
    IReadOnlyList<ChangeNote> Changes,
    Prose Prose,
    Prose Print,
    IReadOnlyList<HeadingInfo> Headings,
    IReadOnlyList<ChapterLink> Links,
    IReadOnlyList<SearchSection> Sections,
    string Hash,
    HeaderLines Lines)
{
    /// <summary>The prefix of the ids in a role's print prose: the pack holds one role, so one prefix serves.</summary>
    public const string PrintPrefix = "role--";
}

/// <summary>A skill with what each level of mastery means for it, from <c>content/skills/</c>.</summary>
/// <param name="Framework"><see cref="ContentRules.CurrentFramework"/> or <see cref="ContentRules.Pathway2017"/>.</param>
/// <param name="Group">A 2017 capability's group (critical or desired); empty for a current skill.</param>
/// <param name="AlsoNeededBy">The other roles in government the framework says need the skill.</param>
/// <param name="Replaces">The 2017 capabilities this skill takes over, in the handbook's reading.</param>
public sealed record SkillDocument(
    string Path,
    string Slug,
    string Title,
    int Order,
    string Framework,
    string Group,
    string Summary,
    IReadOnlyDictionary<string, string> Levels,
    bool LevelsAreHandbooksChoice,
    IReadOnlyList<string> AlsoNeededBy,
    IReadOnlyList<SlugRef> Replaces,
    IReadOnlyList<SlugRef> Chapters,
    IReadOnlyList<SlugRef> Aliases,
    IReadOnlyList<ChangeNote> Changes,
    Prose Prose,
    IReadOnlyList<HeadingInfo> Headings,
    IReadOnlyList<ChapterLink> Links,
    IReadOnlyList<SearchSection> Sections,
    string Hash,
    HeaderLines Lines);

/// <summary>
/// The version of the current capability framework the handbook follows, from <c>skills/_framework.md</c>:
/// the source line of every role and skill page.
/// </summary>
/// <param name="Version">The date the framework's product manager page gives for the version followed.</param>
/// <param name="Reviewed">The day the handbook last checked its pages against the framework.</param>
/// <param name="Url">The framework's product manager page.</param>
public sealed record FrameworkDocument(
    string Path,
    string Title,
    string Summary,
    DateOnly Version,
    DateOnly Reviewed,
    string Url,
    string IntroHtml,
    string Hash);
