using System.Diagnostics;
using System.Text.Json;
using Handbook.Testing;
using Handbook.Web.Tests.Browser;
using Handbook.Web.Tests.Infrastructure;

namespace Handbook.Web.Tests;

/// <summary>
/// Every kind of page, with the repository's real content, passes the Nu HTML checker (vnu.jar,
/// from the repository's node_modules, run by the machine's Java): no error and no warning, where
/// an HTML error is one axe in a browser does not see (a stray end tag, a duplicate id in print).
/// </summary>
public sealed class ValidHtmlOnEveryPageType : IDisposable
{
    private static readonly string[] PublicPages =
    [
        "/", "/contents", "/chapters/public-role-descriptions", "/chapters/work-with-agility", "/chapters/career-pathway-diagram",
        "/roles", "/roles/product-manager", "/roles/head-of-product", "/roles/compare?from=product-manager&to=senior-product-manager",
        "/roles/product-manager/assess", "/roles/product-manager/assess?product-management=working&life-cycle-management=practitioner&against=head-of-product",
        "/skills", "/skills/life-cycle-management", "/skills/product-lifecycle-perspective", "/reading", "/reading?role=head-of-product",
        "/search?q=roadmap", "/search?q=", "/search?q=prioritsation", "/glossary", "/suggest?page=%2Fchapters%2Fsimplicity", "/suggest?page=%2Fchapters%2Fsimplicity&section=minimum-viable-product", "/admin/sign-in", "/no-such-page",
        "/print", "/roles/product-manager/print", "/roles/product-manager/print/short",
    ];

    private readonly HandbookFactory _app = new(ContentBuilder.Existing(SourceFacts.ContentFolder));
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("handbook-vnu-");

    public void Dispose()
    {
        _app.Dispose();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Every_page_type_passes_the_nu_html_checker()
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        using var client = _app.CreateClient();
        foreach (var path in PublicPages)
        {
            files[await SaveAsync(client, path)] = path;
        }
        using var moderator = await _app.SignedInClientAsync();
        files[await SaveAsync(moderator, "/admin/suggestions")] = "/admin/suggestions";

        var messages = await CheckAsync(files.Keys);

        var found = messages.Select(m => $"{files.GetValueOrDefault(m.File, m.File)}:{m.Line}: {m.Type}: {m.Text}").ToList();
        Assert.True(found.Count == 0, "The Nu HTML checker found:\n" + string.Join('\n', found));
    }

    private async Task<string> SaveAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var file = Path.Combine(_folder.FullName, $"page-{_folder.GetFiles().Length}.html");
        await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync());
        return file;
    }

    private sealed record Finding(string File, int Line, string Type, string Text);

    private static async Task<List<Finding>> CheckAsync(IEnumerable<string> files)
    {
        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["-jar", Axe.RepositoryFile("node_modules/vnu-jar/build/dist/vnu.jar"), "--format", "json", "--stdout", .. files])
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        using var json = JsonDocument.Parse(await output);
        Assert.True(json.RootElement.TryGetProperty("messages", out var list), "vnu.jar printed no messages list: " + await errors);
        // Errors and warnings; a plain "info" (such as the trailing slash ASP.NET Core writes on its
        // antiforgery field) is neither.
        return [.. list.EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() != "info" || (m.TryGetProperty("subType", out var level) && level.GetString() == "warning"))
            .Select(m => new Finding(
            (m.TryGetProperty("url", out var url) ? url.GetString()! : "?").Replace("file:", "", StringComparison.Ordinal),
            m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
            m.GetProperty("type").GetString()! + (m.TryGetProperty("subType", out var sub) ? "/" + sub.GetString() : ""),
            m.GetProperty("message").GetString()!))];
    }
}
