using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Handbook.Content;

/// <summary>
/// Reads a content folder: one sub-folder per part (with a <c>_part.md</c>), one Markdown file per
/// chapter; the roles of the career pathway in <c>roles/</c>, the skills in <c>skills/</c> and the
/// glossary in <c>glossary.md</c>. Other files directly in the content folder (such as a README) are
/// not part of the handbook.
/// </summary>
public sealed partial class ContentLoader(DocumentParser parser, PathwayParser pathwayParser)
{
    /// <summary>
    /// The last load's results by file, so that a sync after one file changed parses only that file.
    /// Outlines are small, so this stays small for thousands of chapters.
    /// </summary>
    private ConcurrentDictionary<string, ParsedFile> _lastParsed = new(StringComparer.Ordinal);

    public const string PartFileName = "_part.md";
    public const string RolesFolder = "roles";
    public const string SkillsFolder = "skills";

    /// <summary>The file in <see cref="SkillsFolder"/> that says which version of the current framework the skills follow.</summary>
    public const string FrameworkFileName = "_framework.md";

    /// <summary>The glossary, directly in the content folder.</summary>
    public const string GlossaryFileName = "glossary.md";

    /// <param name="root">The content folder.</param>
    /// <param name="storedSlugs">
    /// The slug the store last imported each file under, by path, for the files it holds: a failed
    /// file's last good version is still served, so links to it are not broken, and in a clash of slugs
    /// the file the store holds keeps its slug. Needed only when a file failed or clashes: without it,
    /// <see cref="ContentSet.StoredSlugsWanted"/> names the files to look up before loading again (the
    /// second load parses nothing anew).
    /// </param>
    public ContentSet Load(string root, IReadOnlyDictionary<string, string>? storedSlugs = null)
    {
        var errors = new List<ContentError>();
        if (!Directory.Exists(root))
        {
            return Unreadable(root, errors, $"The content folder {root} does not exist: set Handbook:ContentPath to the folder that holds the handbook's Markdown.");
        }
        List<ContentFile> files;
        try
        {
            files = ContentFiles.Find(root, errors);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Unreadable(root, errors, $"The content folder {root} could not be read ({ex.Message}): check that it and its folders can be listed.");
        }
        if (files.Count == 0)
        {
            return errors.Count > 0
                ? Unreadable(root, errors, null)
                : Unreadable(root, errors, $"The content folder {root} holds no parts, roles or skills: set Handbook:ContentPath to the folder that holds the handbook's Markdown.");
        }

        // Parsing is most of a sync's work and each file stands alone: parse them side by side, then
        // gather the results in file order so that nothing depends on which finished first.
        var parsed = new ParsedFile[files.Count];
        var previous = _lastParsed;
        Parallel.For(0, files.Count, i => parsed[i] = Parse(files[i], previous));
        _lastParsed = new ConcurrentDictionary<string, ParsedFile>(parsed.Select(p => KeyValuePair.Create(p.Path, p)), StringComparer.Ordinal);

        var parts = new List<PartDocument>();
        var chapters = new List<ChapterDocument>();
        var roles = new List<RoleDocument>();
        var skills = new List<SkillDocument>();
        FrameworkDocument? framework = null;
        GlossaryDocument? glossary = null;
        var claimed = new List<string>();
        using var version = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in parsed)
        {
            errors.AddRange(file.Errors);
            version.AppendData(Encoding.UTF8.GetBytes(file.Path + "\n"));
            version.AppendData(file.TextHash);
            switch (file.Document)
            {
                case PartDocument part: parts.Add(part); break;
                case ChapterDocument chapter: chapters.Add(chapter); break;
                case RoleDocument role: roles.Add(role); break;
                case SkillDocument skill: skills.Add(skill); break;
                case FrameworkDocument source: framework = source; break;
                case GlossaryDocument terms: glossary = terms; break;
            }
            if (file.ClaimedSlug is { } slug)
            {
                claimed.Add(slug);
            }
        }

        var failed = parsed.Where(p => p.Errors.Count > 0).Select(p => new FailedFile(p.Path, p.Kind)).ToList();
        var validator = new ContentValidator(errors, storedSlugs);
        validator.Check(parts, chapters, roles, skills, failed, claimed);
        validator.CheckFramework(framework, skills, failed);
        validator.CheckGlossary(glossary, chapters, roles, skills);

        var failedPaths = errors.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        return new ContentSet(
            parts.Where(p => !failedPaths.Contains(p.Path)).ToList(),
            chapters.Where(c => !failedPaths.Contains(c.Path)).ToList(),
            roles.Where(r => !failedPaths.Contains(r.Path)).ToList(),
            skills.Where(s => !failedPaths.Contains(s.Path)).ToList(),
            errors.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Line).ToList(),
            failedPaths,
            Convert.ToHexStringLower(version.GetHashAndReset())[..16])
        {
            Framework = framework is not null && !failedPaths.Contains(framework.Path) ? framework : null,
            Glossary = glossary is not null && !failedPaths.Contains(glossary.Path) ? glossary : null,
            StoredSlugsWanted = validator.StoredSlugsWanted,
        };
    }

    /// <summary>
    /// A read that found no handbook at all, most likely a wrong or missing folder rather than a
    /// handbook with every file deleted: the sync keeps the store as it is (see <see cref="ContentSet.FolderUnreadable"/>).
    /// </summary>
    private static ContentSet Unreadable(string root, List<ContentError> errors, string? message)
    {
        if (message is not null)
        {
            errors.Add(new ContentError(root, 1, message + " Until then the site keeps serving the content it last imported."));
        }
        return new ContentSet([], [], [], [], errors, new HashSet<string>(), "") { FolderUnreadable = true };
    }

    /// <param name="TextHash">The file's content hash (its text and how it renders), for the content version.</param>
    /// <param name="ClaimedSlug">The slug a file that failed to parse seems to claim.</param>
    private sealed record ParsedFile(string Path, string Folder, FileKind Kind, object? Document, IReadOnlyList<ContentError> Errors, byte[] TextHash, string? ClaimedSlug);

    /// <summary>How many chapters <see cref="ReadInFull(string, IReadOnlyList{ChapterDocument})"/> reads side by side before it hands them on.</summary>
    public const int ReadBatchSize = 250;

    /// <summary>
    /// Reads chapters of the set again, in full, as a stream: a batch at a time, the chapters of a
    /// batch side by side (parsing and rendering is most of an import's work, and each chapter stands
    /// alone), so that only a batch is held whole at once. Null for a chapter that has changed since
    /// the set was loaded or can no longer be read.
    /// </summary>
    public IEnumerable<ChapterDocument?> ReadInFull(string root, IReadOnlyList<ChapterDocument> outlines)
    {
        foreach (var batch in outlines.Chunk(ReadBatchSize))
        {
            var read = new ChapterDocument?[batch.Length];
            Parallel.For(0, batch.Length, i => read[i] = ReadInFull(root, batch[i]));
            foreach (var chapter in read)
            {
                yield return chapter;
            }
        }
    }

    /// <summary>
    /// Reads a chapter of the set again, in full: its HTML, its sections for search and each
    /// heading's Markdown. Null when the file has changed since the set was loaded (the sync that
    /// change sets off brings it in) or can no longer be read.
    /// </summary>
    public ChapterDocument? ReadInFull(string root, ChapterDocument chapter)
    {
        var errors = new List<ContentError>();
        var full = ContentFiles.ReadText(Path.Combine(root, chapter.Path), chapter.Path, errors) is { } text
            ? parser.ParseChapter(chapter.Path, chapter.Folder, text, errors)
            : null;
        return full is not null && full.Hash == chapter.Hash && errors.Count == 0 ? full : null;
    }

    /// <summary>
    /// A chapter without what only the import needs (its prose, search sections, sections' Markdown), so
    /// that a set of thousands of chapters stays small; <see cref="ReadInFull"/> gives the rest.
    /// </summary>
    private static ChapterDocument? Outline(ChapterDocument? chapter) => chapter is null ? null : chapter with
    {
        Prose = Prose.Empty,
        Print = Prose.Empty,
        Sections = [],
        Headings = [.. chapter.Headings.Select(h => h with { SectionMarkdown = "" })],
    };

    private ParsedFile Parse(ContentFile file, ConcurrentDictionary<string, ParsedFile> previous)
    {
        var errors = new List<ContentError>();
        if (ContentFiles.ReadText(file.FullPath, file.Path, errors) is not { } text)
        {
            return new ParsedFile(file.Path, file.Folder, file.Kind, null, errors, [], null);
        }
        var textHash = parser.Markdown.HashOf(text);
        if (previous.TryGetValue(file.Path, out var last) && last.TextHash.AsSpan().SequenceEqual(textHash) && last.Folder == file.Folder && last.Kind == file.Kind)
        {
            return last;
        }
        object? document = file.Kind switch
        {
            FileKind.Part => parser.ParsePart(file.Path, file.Folder, text, errors),
            FileKind.Chapter => Outline(parser.ParseChapter(file.Path, file.Folder, text, errors)),
            FileKind.Role => pathwayParser.ParseRole(file.Path, text, errors),
            FileKind.Framework => pathwayParser.ParseFramework(file.Path, text, errors),
            FileKind.Glossary => GlossaryParser.Parse(parser.Markdown, file.Path, text, errors),
            _ => pathwayParser.ParseSkill(file.Path, text, errors),
        };
        var claimed = errors.Count > 0 && ClaimedSlug().Match(text) is { Success: true } match ? match.Groups[1].Value : null;
        return new ParsedFile(file.Path, file.Folder, file.Kind, document, errors, textHash, claimed);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^slug:\s*([a-z0-9-]+)\s*$", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex ClaimedSlug();
}
