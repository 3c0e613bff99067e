using System.Security.Cryptography;
using System.Text;

namespace Handbook.Content;

/// <summary>
/// Reads a content folder: one sub-folder per part (with a <c>_part.md</c>), one Markdown file per
/// chapter. Files directly in the content folder (such as a README) are not part of the handbook.
/// </summary>
public sealed class ContentLoader(DocumentParser parser)
{
    public const string PartFileName = "_part.md";

    /// <param name="root">The content folder.</param>
    /// <param name="slugsStillServed">
    /// Given the paths of files that failed, the slugs whose last good version is still served, so
    /// that links to them are not reported as broken.
    /// </param>
    public ContentSet Load(string root, Func<IReadOnlySet<string>, IEnumerable<string>>? slugsStillServed = null)
    {
        var errors = new List<ContentError>();
        var parts = new List<PartDocument>();
        var chapters = new List<ChapterDocument>();
        var versionInput = new StringBuilder();

        if (!Directory.Exists(root))
        {
            errors.Add(new ContentError(root, 1, "The content folder does not exist: set Handbook:ContentPath to the folder that holds the handbook's Markdown."));
            return new ContentSet(parts, chapters, errors, new HashSet<string>(), "");
        }

        foreach (var folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            var folderName = Path.GetFileName(folder);
            var files = Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0)
            {
                continue;
            }
            var partFile = Path.Combine(folder, PartFileName);
            if (!File.Exists(partFile))
            {
                errors.Add(new ContentError(folderName, 1, $"The folder '{folderName}' has chapters but no {PartFileName}: add one with the part's title, slug and order."));
                continue;
            }
            foreach (var file in files)
            {
                var path = Path.GetRelativePath(root, file).Replace('\\', '/');
                var text = ReadText(file, path, errors);
                if (text is null)
                {
                    continue;
                }
                versionInput.Append(path).Append('\n').Append(text.Length).Append('\n').Append(text);
                if (Path.GetFileName(file) == PartFileName)
                {
                    if (parser.ParsePart(path, folderName, text, errors) is { } part)
                    {
                        parts.Add(part);
                    }
                }
                else if (parser.ParseChapter(path, folderName, text, errors) is { } chapter)
                {
                    chapters.Add(chapter);
                }
            }
        }

        var validator = new ContentValidator(errors);
        var failed = errors.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        var served = slugsStillServed?.Invoke(failed) ?? [];
        validator.Check(parts, chapters, served);

        var failedPaths = errors.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        var version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(versionInput.ToString())))[..16];
        return new ContentSet(
            parts.Where(p => !failedPaths.Contains(p.Path)).ToList(),
            chapters.Where(c => !failedPaths.Contains(c.Path)).ToList(),
            errors.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Line).ToList(),
            failedPaths,
            version);
    }

    private static string? ReadText(string file, string path, List<ContentError> errors)
    {
        try
        {
            return File.ReadAllText(file, Encoding.UTF8);
        }
        catch (IOException ex)
        {
            errors.Add(new ContentError(path, 1, $"The file could not be read ({ex.Message}); it will be read again at the next sync."));
            return null;
        }
    }
}
