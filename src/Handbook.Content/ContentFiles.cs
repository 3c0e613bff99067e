using System.Text;

namespace Handbook.Content;

/// <param name="Path">Relative to the content folder, with forward slashes: what errors name.</param>
internal sealed record ContentFile(string Path, string FullPath, string Folder, FileKind Kind);

/// <summary>Finds the handbook's files in a content folder: a folder a part (with its part file), or roles/ or skills/, and the glossary.</summary>
internal static class ContentFiles
{
    /// <summary>The handbook's files in a stable order: part folders, then the files in each.</summary>
    public static List<ContentFile> Find(string root, List<ContentError> errors)
    {
        var found = new List<ContentFile>();
        if (File.Exists(Path.Combine(root, ContentLoader.GlossaryFileName)))
        {
            found.Add(new ContentFile(ContentLoader.GlossaryFileName, Path.Combine(root, ContentLoader.GlossaryFileName), "", FileKind.Glossary));
        }
        foreach (var folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            var folderName = Path.GetFileName(folder);
            var files = Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0)
            {
                continue;
            }
            var isPart = File.Exists(Path.Combine(folder, ContentLoader.PartFileName));
            if (!isPart && folderName is not (ContentLoader.RolesFolder or ContentLoader.SkillsFolder))
            {
                errors.Add(new ContentError(folderName, 1, $"The folder '{folderName}' has chapters but no {ContentLoader.PartFileName}: add one with the part's title, slug and order."));
                continue;
            }
            foreach (var file in files)
            {
                var kind = (folderName, isPart) switch
                {
                    (ContentLoader.RolesFolder, false) => FileKind.Role,
                    (ContentLoader.SkillsFolder, false) when Path.GetFileName(file) == ContentLoader.FrameworkFileName => FileKind.Framework,
                    (ContentLoader.SkillsFolder, false) => FileKind.Skill,
                    _ => Path.GetFileName(file) == ContentLoader.PartFileName ? FileKind.Part : FileKind.Chapter,
                };
                found.Add(new ContentFile(Path.GetRelativePath(root, file).Replace('\\', '/'), file, folderName, kind));
            }
        }
        return found;
    }

    /// <summary>A file's text, or null with an error naming it when it cannot be read.</summary>
    public static string? ReadText(string file, string path, List<ContentError> errors)
    {
        try
        {
            return File.ReadAllText(file, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(new ContentError(path, 1, $"The file could not be read ({ex.Message}); it will be read again at the next sync."));
            return null;
        }
    }
}

internal enum FileKind
{
    Part,
    Chapter,
    Role,
    Skill,
    Framework,
    Glossary,
}

/// <summary>A file that failed to parse, and what kind of document it holds.</summary>
internal sealed record FailedFile(string Path, FileKind Kind);
