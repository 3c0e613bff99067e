using System.Security.Cryptography;
using System.Text;

namespace Handbook.Content;

/// <summary>
/// Reads a content folder: one sub-folder per part (with a <c>_part.md</c>), one Markdown file per
/// chapter; the roles of the career pathway in <c>roles/</c> and the skills in <c>skills/</c>. Files
/// directly in the content folder (such as a README) are not part of the handbook.
/// </summary>
public sealed partial class ContentLoader(DocumentParser parser, PathwayParser pathwayParser)
{
    public const string PartFileName = "_part.md";
    public const string RolesFolder = "roles";
    public const string SkillsFolder = "skills";

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
        var roles = new List<RoleDocument>();
        var skills = new List<SkillDocument>();
        var versionInput = new StringBuilder();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);

        if (!Directory.Exists(root))
        {
            errors.Add(new ContentError(root, 1, "The content folder does not exist: set Handbook:ContentPath to the folder that holds the handbook's Markdown."));
            return new ContentSet(parts, chapters, roles, skills, errors, new HashSet<string>(), "");
        }

        foreach (var folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            var folderName = Path.GetFileName(folder);
            var files = Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0)
            {
                continue;
            }
            var isPart = File.Exists(Path.Combine(folder, PartFileName));
            if (!isPart && folderName is not (RolesFolder or SkillsFolder))
            {
                errors.Add(new ContentError(folderName, 1, $"The folder '{folderName}' has chapters but no {PartFileName}: add one with the part's title, slug and order."));
                continue;
            }
            foreach (var file in files)
            {
                var path = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (ReadText(file, path, errors) is not { } text)
                {
                    continue;
                }
                texts[path] = text;
                versionInput.Append(path).Append('\n').Append(text.Length).Append('\n').Append(text);
                switch (folderName)
                {
                    case RolesFolder when !isPart:
                        Add(roles, pathwayParser.ParseRole(path, text, errors));
                        break;
                    case SkillsFolder when !isPart:
                        Add(skills, pathwayParser.ParseSkill(path, text, errors));
                        break;
                    default:
                        if (Path.GetFileName(file) == PartFileName)
                        {
                            Add(parts, parser.ParsePart(path, folderName, text, errors));
                        }
                        else
                        {
                            Add(chapters, parser.ParseChapter(path, folderName, text, errors));
                        }
                        break;
                }
            }
        }

        var validator = new ContentValidator(errors);
        var failed = errors.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        // A broken file's slug still counts as known, so that one mistake is not reported again in every
        // file that links to it; its own errors say what is wrong.
        var claimed = failed.Where(texts.ContainsKey).Select(p => ClaimedSlug().Match(texts[p])).Where(m => m.Success).Select(m => m.Groups[1].Value);
        var served = (slugsStillServed?.Invoke(failed) ?? []).Concat(claimed);
        validator.Check(parts, chapters, roles, skills, served);

        var failedPaths = errors.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
        var version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(versionInput.ToString())))[..16];
        return new ContentSet(
            parts.Where(p => !failedPaths.Contains(p.Path)).ToList(),
            chapters.Where(c => !failedPaths.Contains(c.Path)).ToList(),
            roles.Where(r => !failedPaths.Contains(r.Path)).ToList(),
            skills.Where(s => !failedPaths.Contains(s.Path)).ToList(),
            errors.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Line).ToList(),
            failedPaths,
            version);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^slug:\s*([a-z0-9-]+)\s*$", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex ClaimedSlug();

    private static void Add<T>(List<T> documents, T? document)
        where T : class
    {
        if (document is not null)
        {
            documents.Add(document);
        }
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
