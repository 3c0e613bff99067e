using System.Globalization;
using System.Text;

namespace Handbook.Testing;

/// <summary>
/// Builds a content folder in a temporary directory, so that a test states the handbook it needs.
/// Dispose deletes the folder.
/// </summary>
public sealed class ContentBuilder : IDisposable
{
    private readonly Dictionary<string, string> _partFolders = new(StringComparer.Ordinal);

    private readonly bool _ownsFolder;

    public ContentBuilder()
    {
        Root = Path.Combine(Path.GetTempPath(), "handbook-content-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        _ownsFolder = true;
    }

    private ContentBuilder(string existingRoot) => Root = existingRoot;

    /// <summary>An existing content folder, read in place and never deleted.</summary>
    public static ContentBuilder Existing(string root) => new(root);

    public string Root { get; }

    public ContentBuilder WithPart(int order, string slug, string title, string summary = "A part of the handbook.", string intro = "")
    {
        var folder = $"{order:00}-{slug}";
        _partFolders[slug] = folder;
        WithFile($"{folder}/_part.md", $"---\ntitle: \"{title}\"\nslug: {slug}\norder: {order}\nsummary: \"{summary}\"\n---\n{intro}\n");
        return this;
    }

    public ContentBuilder WithChapter(string part, int order, string slug, string title, string body = "Some text.", string frontMatter = "")
    {
        var text = new StringBuilder()
            .Append("---\n")
            .Append(CultureInfo.InvariantCulture, $"title: \"{title}\"\n")
            .Append(CultureInfo.InvariantCulture, $"slug: {slug}\n")
            .Append(CultureInfo.InvariantCulture, $"order: {order}\n")
            .Append(CultureInfo.InvariantCulture, $"summary: \"What {title} is about.\"\n");
        if (frontMatter.Length > 0)
        {
            text.Append(frontMatter.TrimEnd('\n')).Append('\n');
        }
        text.Append("---\n").Append(body).Append('\n');
        return WithFile(ChapterPath(part, order, slug), text.ToString());
    }

    /// <summary>A role in <c>roles/</c>, expecting the given level in each skill (skill slug → level).</summary>
    public ContentBuilder WithRole(int order, string slug, string title, string stage, IReadOnlyDictionary<string, string> skills,
        string[]? chapters = null, string[]? areas = null, string body = "## What the role is\n\nA role.", string extraFrontMatter = "")
    {
        var text = new StringBuilder()
            .Append("---\n")
            .Append(CultureInfo.InvariantCulture, $"title: \"{title}\"\nslug: {slug}\norder: {order}\nstage: {stage}\n")
            .Append(CultureInfo.InvariantCulture, $"summary: \"What a {title} does.\"\n")
            .Append(CultureInfo.InvariantCulture, $"chapters: [{string.Join(", ", chapters ?? [])}]\n")
            .Append(CultureInfo.InvariantCulture, $"areas: [{string.Join(", ", areas ?? [])}]\n")
            .Append("skills:\n");
        foreach (var (skill, level) in skills)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {skill}: {level}\n");
        }
        if (extraFrontMatter.Length > 0)
        {
            text.Append(extraFrontMatter.TrimEnd('\n')).Append('\n');
        }
        text.Append("---\n").Append(body).Append('\n');
        return WithFile($"roles/{order:00}-{slug}.md", text.ToString());
    }

    /// <summary>A skill in <c>skills/</c>, with a meaning for each of the four levels.</summary>
    public ContentBuilder WithSkill(int order, string slug, string title, string group = "critical", string[]? chapters = null, string extraFrontMatter = "")
    {
        var text = $"""
            ---
            title: "{title}"
            slug: {slug}
            order: {order}
            group: {group}
            summary: "What {title} is."
            chapters: [{string.Join(", ", chapters ?? [])}]
            levels:
              awareness: "Knows what {title} is."
              working: "Practises {title} with support."
              practitioner: "Practises {title} independently."
              expert: "Leads and teaches {title}."
            {extraFrontMatter}
            ---
            ## What it means

            About {title}.

            """;
        return WithFile($"skills/{order:00}-{slug}.md", text);
    }

    /// <summary>The path, relative to the content folder, that <see cref="WithChapter"/> writes.</summary>
    public string ChapterPath(string part, int order, string slug) => $"{_partFolders[part]}/{order:00}-{slug}.md";

    public ContentBuilder WithFile(string relativePath, string text)
    {
        var path = FullPath(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public ContentBuilder Delete(string relativePath)
    {
        File.Delete(FullPath(relativePath));
        return this;
    }

    public string FullPath(string relativePath) => Path.Combine(Root, relativePath);

    public void Dispose()
    {
        if (!_ownsFolder)
        {
            return;
        }
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the folder for a moment; the temp folder is cleaned by the OS.
        }
    }
}
