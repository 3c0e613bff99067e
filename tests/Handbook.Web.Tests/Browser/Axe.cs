using System.Text.Json;
using Microsoft.Playwright;

namespace Handbook.Web.Tests.Browser;

/// <summary>Runs axe-core (from the repository's node_modules) in a page and asserts WCAG 2.2 A/AA has no violations.</summary>
public static class Axe
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

    public static async Task AssertNoViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Path = RepositoryFile("node_modules/axe-core/axe.min.js") });
        var violations = await page.EvaluateAsync<JsonElement>(
            """
            async tags => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
              return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ') + ' (' + n.failureSummary + ')').join(', ')}`);
            }
            """,
            WcagTags);
        var messages = violations.EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(messages.Count == 0, $"axe found violations on {page.Url}:\n{string.Join('\n', messages)}");
    }

    /// <summary>A file in the repository, found by walking up from the test's output folder.</summary>
    public static string RepositoryFile(string relativePath)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Handbook.sln")))
            {
                return Path.Combine(folder.FullName, relativePath);
            }
        }
        throw new InvalidOperationException("Handbook.sln not found above " + AppContext.BaseDirectory);
    }
}
