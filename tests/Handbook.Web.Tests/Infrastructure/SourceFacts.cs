namespace Handbook.Web.Tests.Infrastructure;

/// <summary>
/// The repository's own content folder, and the facts from the handbook's source material that
/// <c>tests/Handbook.Web.Tests/RepositoryContent/</c> keeps (see its README), read from the
/// repository so that they are there on a clean clone.
/// </summary>
public static class SourceFacts
{
    /// <summary>The folder holding Handbook.sln, found by walking up from the test assembly.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string ContentFolder => Path.Combine(RepositoryRoot, "content");

    private static string DataFolder => Path.Combine(RepositoryRoot, "tests", "Handbook.Web.Tests", "RepositoryContent");

    /// <summary>Every page of the original site, in contents order.</summary>
    public static IReadOnlyList<OriginalPage> OriginalPages() =>
        Rows("original-pages.tsv").Select(r => new OriginalPage(r[0], r[1], r[2], r[3])).ToList();

    /// <summary>The outside links of the original pages, with the list each sits in.</summary>
    public static IReadOnlyList<OriginalLink> OriginalLinks() =>
        Rows("original-links.tsv").Select(r => new OriginalLink(r[0], r[1], r[2], r[3])).ToList();

    /// <summary>For each skill, where its levels come from and the level each role expects (role slug → level).</summary>
    public static IReadOnlyList<SkillLevels> RoleSkillLevels()
    {
        var lines = Lines("role-skill-levels.tsv");
        var roles = lines[0].Split('\t')[2..];
        return lines.Skip(1)
            .Select(line => line.Split('\t'))
            .Select(r => new SkillLevels(r[0], r[1], roles.Zip(r[2..]).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)))
            .ToList();
    }

    public static IReadOnlyList<string> HeadOfProductPriorities() => Lines("head-of-product-priorities.txt");

    /// <summary>
    /// The current framework's grid: each skill's name with the level each role expects, by role title
    /// in lower case ("associate product manager"), from the Markdown table in framework-levels.md.
    /// </summary>
    public static IReadOnlyList<(string Skill, IReadOnlyDictionary<string, string> LevelByRole)> FrameworkLevels()
    {
        var table = Lines("framework-levels.md").Where(line => line.StartsWith('|')).ToList();
        string[] Cells(string line) => [.. line.Trim('|').Split('|').Select(c => c.Trim())];
        var roles = Cells(table[0])[1..].Select(r => r.ToLowerInvariant()).ToList();
        return table.Skip(2)
            .Select(Cells)
            .Select(c => (c[0], (IReadOnlyDictionary<string, string>)roles.Zip(c[1..]).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)))
            .ToList();
    }

    private static IEnumerable<string[]> Rows(string file) => Lines(file).Skip(1).Select(line => line.Split('\t'));

    private static List<string> Lines(string file) =>
        File.ReadAllLines(Path.Combine(DataFolder, file)).Where(line => line.Length > 0).ToList();

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Handbook.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No Handbook.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>A page of the original site: its section number, part, slug (<c>(README)</c> for README.md) and title.</summary>
public sealed record OriginalPage(string Number, string Part, string Slug, string Title)
{
    /// <summary>The page's address on the original site, under /product-management-handbook/.</summary>
    public string Address => Slug == "(README)" ? "README" : Slug;
}

/// <summary>An outside link on an original page (by its slug), in the list <c>reading</c>, <c>training</c>, <c>additional reading</c> or <c>inline</c>.</summary>
public sealed record OriginalLink(string Page, string List, string Title, string Url)
{
    public bool IsReadingOrTraining => List is "reading" or "training" or "additional reading";
}

public sealed record SkillLevels(string Skill, string LevelsSource, IReadOnlyDictionary<string, string> LevelByRole);
