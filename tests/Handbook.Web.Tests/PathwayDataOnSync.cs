using System.Text.Json;
using Handbook.Web.Tests.Infrastructure;

namespace Handbook.Web.Tests;

/// <summary>Bad role data through the real app: reported with file and line, and the last good version stays served.</summary>
public sealed class PathwayDataOnSync : IDisposable
{
    private const string RolePath = "roles/02-product-manager.md";
    private readonly HandbookFactory _app = new(Handbooks.TwoParts());

    public void Dispose()
    {
        _app.Dispose();
        _app.Content.Dispose();
    }

    private void WriteProductManager(Dictionary<string, string> skills, string stage = "product-management") =>
        _app.Content.WithRole(2, "product-manager", "Product Manager", stage, skills,
            areas: ["product-management-practitioner"], body: "## What the role is\n\nThe edited text.");

    [Fact]
    public async Task An_unknown_skill_in_a_role_file_is_reported_at_its_line_and_the_role_page_keeps_its_last_good_version()
    {
        var client = _app.CreateClient();
        WriteProductManager(new()
        {
            ["product-ownership"] = "practitioner", ["user-focus"] = "practitioner", ["operational-management"] = "working", ["juggling"] = "expert",
        });

        await _app.SyncAsync();

        await AssertReportedAsync(client, RolePath, 13, "Unknown skill 'juggling'");
        await AssertLastGoodRolePageAsync(client);
    }

    [Fact]
    public async Task An_unknown_level_in_a_role_file_is_reported_at_its_line_and_the_role_page_keeps_its_last_good_version()
    {
        var client = _app.CreateClient();
        WriteProductManager(new() { ["product-ownership"] = "practitioner", ["user-focus"] = "wizard", ["operational-management"] = "working" });

        await _app.SyncAsync();

        await AssertReportedAsync(client, RolePath, 11, "Unknown level 'wizard' for 'user-focus'");
        await AssertLastGoodRolePageAsync(client);
    }

    [Fact]
    public async Task An_unknown_stage_in_a_role_file_is_reported_at_its_line_and_the_role_page_keeps_its_last_good_version()
    {
        var client = _app.CreateClient();
        WriteProductManager(new() { ["product-ownership"] = "practitioner", ["user-focus"] = "practitioner", ["operational-management"] = "working" },
            stage: "product-wizardry");

        await _app.SyncAsync();

        await AssertReportedAsync(client, RolePath, 5, "'product-wizardry' is not a stage");
        await AssertLastGoodRolePageAsync(client);
    }

    [Fact]
    public async Task An_unknown_role_in_a_chapter_is_reported_at_its_line_and_the_chapter_keeps_its_last_good_version()
    {
        var client = _app.CreateClient();
        var path = _app.Content.ChapterPath("associate-product-manager", 3, "scrum-framework");
        _app.Content.WithChapter("associate-product-manager", 3, "scrum-framework", "Make use of the Scrum framework",
            body: "The edited text.", frontMatter: "roles: [chief-wizard]");

        await _app.SyncAsync();

        await AssertReportedAsync(client, path, 6, "Unknown role 'chief-wizard'");
        var chapter = await client.GetDocumentAsync("/chapters/scrum-framework");
        Assert.DoesNotContain("The edited text.", chapter.QuerySelector(".hb-prose")!.Text(), StringComparison.Ordinal);
        var role = await client.GetDocumentAsync("/roles/product-manager");
        Assert.Contains(role.QuerySelectorAll(".hb-heading:has(#chapters) + ul a"), a => a.GetAttribute("href") == "/chapters/scrum-framework");
    }

    private static async Task AssertReportedAsync(HttpClient client, string path, int line, string message)
    {
        using var health = JsonDocument.Parse(await client.GetStringAsync("/healthz"));
        Assert.Equal("ready-with-content-errors", health.RootElement.GetProperty("status").GetString());
        var error = Assert.Single(health.RootElement.GetProperty("contentErrors").EnumerateArray());
        Assert.Equal((path, line), (error.GetProperty("path").GetString(), error.GetProperty("line").GetInt32()));
        Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    /// <summary>The role page as the fixture first imported it: its text and its levels.</summary>
    private static async Task AssertLastGoodRolePageAsync(HttpClient client)
    {
        var page = await client.GetDocumentAsync("/roles/product-manager");
        Assert.Equal("Product Manager", page.QuerySelector("h1")!.Text());
        Assert.DoesNotContain("The edited text.", page.Body!.Text(), StringComparison.Ordinal);
        var levels = page.QuerySelectorAll(".hb-heading:has(#skills) ~ .hb-table-wrapper tbody tr").Select(r => r.QuerySelectorAll("th, td").Select(c => c.Text()).ToList()).ToList();
        Assert.Equal(["practitioner", "practitioner", "working The handbook's choice"], levels.Select(r => r[1]));
    }
}
