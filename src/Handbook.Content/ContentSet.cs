namespace Handbook.Content;

/// <summary>
/// What a read of the content folder found: the parts and chapters that are valid, every error, and
/// the files that had errors (whose last good version, if any, should stay served). Chapters are
/// outlines, without their HTML and search text: <see cref="ContentLoader.ReadInFull"/> reads one in full.
/// </summary>
public sealed record ContentSet(
    IReadOnlyList<PartDocument> Parts,
    IReadOnlyList<ChapterDocument> Chapters,
    IReadOnlyList<RoleDocument> Roles,
    IReadOnlyList<SkillDocument> Skills,
    IReadOnlyList<ContentError> Errors,
    IReadOnlySet<string> FailedPaths,
    string Version)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>The version of the current framework the skills follow (<c>skills/_framework.md</c>), if the set has one.</summary>
    public FrameworkDocument? Framework { get; init; }

    /// <summary>The glossary (<c>glossary.md</c>), if the set has one that is valid.</summary>
    public GlossaryDocument? Glossary { get; init; }

    /// <summary>
    /// True when the content folder is missing, cannot be listed or holds no handbook files. The set is
    /// then empty, and importing it would remove every page: the sync records the errors and keeps the
    /// store as it is.
    /// </summary>
    public bool FolderUnreadable { get; init; }

    /// <summary>
    /// The files (failed, or clashing with another) whose slug in the store the checks need, when the
    /// set was loaded without the store's slugs: load again with them for the errors to be final.
    /// </summary>
    public IReadOnlySet<string> StoredSlugsWanted { get; init; } = new HashSet<string>();
}
