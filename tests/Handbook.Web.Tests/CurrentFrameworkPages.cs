using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using Handbook.Web.Tests.Infrastructure;

namespace Handbook.Web.Tests;

/// <summary>The role, skill, chapter and download pages with the current framework beside the 2017 pathway.</summary>
public sealed class CurrentFrameworkPages : IDisposable
{
    private readonly HandbookFactory _app = new(Handbooks.CurrentFramework());

    public void Dispose()
    {
        _app.Dispose();
        _app.Content.Dispose();
    }

    private static string Clean(IElement element) => string.Join(' ', element.Text().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task Role_page_leads_with_each_current_skill_at_its_level_with_what_it_means_and_where_it_rises()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/roles/product-manager");

        Assert.Equal("skills", page.QuerySelector(".hb-heading h2")!.Id);
        Assert.Equal("Skills in the current framework", page.QuerySelector("h2#skills")!.Text());
        Assert.Contains("Product Manager in the current framework.", page.QuerySelector("main")!.Text(), StringComparison.Ordinal);
        var skills = page.QuerySelectorAll(".hb-skill-level").Select(r => r.Children.Select(Clean).ToList()).ToList();
        Assert.Equal(
        [
            ["Product management", "practitioner up from working", "Practises Product management independently.", "For a Senior Product Manager: rises to expert."],
            ["Managing product outcomes", "working up from awareness", "Practises Managing product outcomes with support.", "For a Senior Product Manager: rises to practitioner."],
        ], skills);
        Assert.Equal("/skills/product-management", page.QuerySelector(".hb-skill-level h3 a")!.GetAttribute("href"));
        var source = Clean(page.QuerySelector(".hb-source-line")!);
        Assert.Contains("Government Digital and Data Profession Capability Framework", source, StringComparison.Ordinal);
        Assert.Contains("28 February 2025", source, StringComparison.Ordinal);
        Assert.Contains("last checked it on 30 November 2026", source, StringComparison.Ordinal);
        Assert.Equal("https://ddat-capability-framework.service.gov.uk/product-manager.html", page.QuerySelector(".hb-source-line a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_rises_from_the_role_before_are_told_in_the_current_skills()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/roles/senior-product-manager");

        Assert.Equal(["Product management: from practitioner to expert", "Managing product outcomes: from working to practitioner"],
            page.QuerySelectorAll(".hb-heading:has(#what-rises) + ul li").Select(Clean));
        Assert.Equal("For a Lead Product Manager: stays at expert.", Clean(page.QuerySelector(".hb-skill-level .hb-skill-level__next")!));
    }

    [Fact]
    public async Task Role_page_keeps_the_2017_levels_as_history_with_the_handbooks_reading_of_the_names()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/roles/product-manager");

        Assert.Equal("The 2017 pathway this handbook first followed", page.QuerySelector("h2#skills-2017")!.Text());
        Assert.Equal(["Product ownership", "User focus", "Operational management"],
            page.QuerySelectorAll("table:has(#pathway-skills-caption) tbody th a").Select(Clean));
        Assert.Contains("the handbook's own reading", Clean(page.QuerySelector("#mapping-caption")!), StringComparison.Ordinal);
        Assert.Equal(
            [["Product ownership", "Product management"], ["User focus", "no longer in the framework"], ["Operational management", "no longer in the framework"]],
            page.QuerySelectorAll(".hb-mapping tbody tr").Select(r => r.Children.Select(Clean).ToList()).ToList());
        Assert.Equal("/skills/product-management", page.QuerySelectorAll(".hb-mapping tbody a")[1].GetAttribute("href"));
        Assert.Equal(["#skills", "#the-role", "#what-the-role-is", "#what-rises", "#skills-2017"], page.QuerySelectorAll(".hb-contents-list a").Select(a => a.GetAttribute("href")).Take(5));
    }

    [Fact]
    public async Task Grades_show_only_where_the_content_gives_them_for_information_only_with_their_date()
    {
        var client = _app.CreateClient();
        var associate = await client.GetDocumentAsync("/roles/associate-product-manager");
        var manager = await client.GetDocumentAsync("/roles/product-manager");

        var grades = Clean(associate.QuerySelector(".govuk-inset-text")!);
        Assert.Contains("HEO (Higher Executive Officer) or SEO (Senior Executive Officer)", grades, StringComparison.Ordinal);
        Assert.Contains("For information only", grades, StringComparison.Ordinal);
        Assert.Contains("1 December 2023", grades, StringComparison.Ordinal);
        Assert.DoesNotContain(manager.QuerySelectorAll(".govuk-inset-text"), i => i.Text().Contains("grade", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_role_with_change_notes_says_when_it_last_changed_and_lists_them()
    {
        var client = _app.CreateClient();
        var page = await client.GetDocumentAsync("/roles/product-manager");

        Assert.Equal("Last updated 30 November 2026 — See all updates", Clean(page.QuerySelector(".hb-last-updated")!));
        Assert.Equal(["30 November 2026 Led with the current skills.", "1 October 2026 Linked the current framework."],
            page.QuerySelectorAll(".hb-updates li").Select(Clean));
        Assert.Null((await client.GetDocumentAsync("/roles/head-of-product")).QuerySelector(".hb-last-updated"));
    }

    [Fact]
    public async Task Skills_lists_the_current_skills_first_and_the_2017_capabilities_after_them_as_history()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/skills");

        var tables = page.QuerySelectorAll("table").ToList();
        Assert.Equal(2, tables.Count);
        Assert.Equal(["Product management", "Managing product outcomes"], tables[0].QuerySelectorAll("tbody th a").Select(Clean));
        Assert.Equal(["working", "practitioner", "expert", "expert", "expert"], tables[0].QuerySelectorAll("tbody tr")[0].QuerySelectorAll("td").Select(Clean));
        Assert.Equal(["Product ownership", "User focus", "Operational management"], tables[1].QuerySelectorAll("tbody th a").Select(Clean));
        Assert.Equal("The 2017 pathway this handbook first followed", page.QuerySelector("h2#pathway-2017")!.Text());
        Assert.NotNull(page.QuerySelector(".hb-source-line"));
    }

    [Fact]
    public async Task A_current_skill_page_gives_its_levels_each_roles_level_the_other_roles_that_need_it_its_chapters_and_what_it_replaces()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/skills/product-management");

        Assert.Equal("A skill in the current framework", page.QuerySelector(".govuk-caption-xl")!.Text());
        Assert.Equal(["Awareness", "Working", "Practitioner", "Expert"], page.QuerySelectorAll(".govuk-summary-list__key").Select(Clean));
        Assert.Equal(["Associate Product Manager working", "Product Manager practitioner", "Senior Product Manager expert", "Lead Product Manager expert", "Head of Product expert"],
            page.QuerySelectorAll(".hb-heading:has(#by-role) + table tbody tr").Select(Clean));
        Assert.Equal(["Delivery manager"], page.QuerySelectorAll(".hb-heading:has(#other-roles) ~ ul li").Select(Clean).Take(1));
        Assert.Equal(["/chapters/scrum-framework"], page.QuerySelectorAll(".hb-heading:has(#chapters) + ul a").Select(a => a.GetAttribute("href")));
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/skills/product-ownership");
        Assert.NotNull(page.QuerySelector(".hb-source-line"));
        Assert.Equal(["30 November 2026 Added from the current framework."], page.QuerySelectorAll(".hb-updates li").Select(Clean));
    }

    [Fact]
    public async Task A_2017_capability_keeps_its_address_and_names_the_current_skill_that_takes_it_over()
    {
        var client = _app.CreateClient();
        var taken = await client.GetDocumentAsync("/skills/product-ownership");
        var gone = await client.GetDocumentAsync("/skills/user-focus");

        Assert.Equal("Critical capability, 2017 pathway", taken.QuerySelector(".govuk-caption-xl")!.Text());
        Assert.Contains("the closest current skill is Product management", Clean(taken.QuerySelector(".govuk-inset-text")!), StringComparison.Ordinal);
        Assert.Equal("/skills/product-management", taken.QuerySelector(".govuk-inset-text a")!.GetAttribute("href"));
        Assert.Contains("no longer appears in the current framework", Clean(gone.QuerySelector(".govuk-inset-text")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chapter_links_back_to_the_roles_and_skills_that_list_it_current_skills_first()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/chapters/scrum-framework");

        Assert.Equal(["/roles/product-manager", "/skills/product-management", "/skills/product-ownership"],
            page.QuerySelectorAll(".hb-heading:has(#builds) ~ * a").Select(a => a.GetAttribute("href")).Where(h => h!.StartsWith("/roles/", StringComparison.Ordinal) || h.StartsWith("/skills/", StringComparison.Ordinal)));
        Assert.Contains("(a capability of the 2017 pathway)", Clean(page.QuerySelector(".hb-heading:has(#builds) ~ ul")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_levels_download_as_csv_one_row_per_role_skill_and_level_labelled_by_framework()
    {
        using var response = await _app.CreateClient().GetAsync("/roles/levels.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString() ?? response.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
        var records = Csv.Records(await response.Content.ReadAsStringAsync());
        Assert.Equal(5 * 2 + 5 * 3, records.Count);
        var first = records[0];
        Assert.Equal("Government Digital and Data Profession Capability Framework (28 February 2025)", first["framework"]);
        Assert.Equal(("associate-product-manager", "product-management", "working", "Practises Product management with support."),
            (first["role_slug"], first["skill_slug"], first["level"], first["what_the_level_means"]));
        Assert.Equal("http://localhost/skills/product-management", first["page"]);
        Assert.Equal(10, records.Count(r => r["framework"].StartsWith("Government Digital", StringComparison.Ordinal)));
        Assert.Equal(15, records.Count(r => r["framework"] == "2017 product manager pathway (history)"));
        Assert.Contains(records, r => (r["role_slug"], r["skill_slug"], r["level"]) == ("head-of-product", "user-focus", "expert"));
    }

    [Fact]
    public async Task The_levels_download_as_json_with_the_same_rows()
    {
        var client = _app.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/roles/levels.json"));
        var csv = Csv.Records(await client.GetStringAsync("/roles/levels.csv"));

        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(csv.Count, rows.Count);
        Assert.Equal(csv.Select(r => (r["role_slug"], r["skill_slug"], r["level"])),
            rows.Select(r => (r.GetProperty("role_slug").GetString()!, r.GetProperty("skill_slug").GetString()!, r.GetProperty("level").GetString()!)));
        var roles = await client.GetDocumentAsync("/roles");
        Assert.Equal(["/roles/levels.csv", "/roles/levels.json"], roles.QuerySelectorAll("#download ~ ul a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task The_printable_pack_leads_with_the_current_skills_and_its_source_then_the_2017_levels()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/roles/product-manager/print");

        Assert.Equal(["Skills in the current framework", "The 2017 pathway this handbook first followed"],
            page.QuerySelectorAll("h2.govuk-heading-l").Select(Clean).Take(2));
        Assert.Equal(["Product management practitioner (up from working) Practises Product management independently.",
                "Managing product outcomes working (up from awareness) Practises Managing product outcomes with support."],
            page.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr").Select(r => string.Join(' ', r.Children.Select(Clean))));
        Assert.Contains("28 February 2025", Clean(page.QuerySelector(".hb-source-line")!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_role_reading_list_opens_with_its_start_here_items_each_with_why_and_does_not_repeat_them()
    {
        var role = Handbooks.Roles[0];
        _app.Content.WithRole(role.Order, role.Slug, role.Title, role.Stage, role.Levels, chapters: role.Chapters, areas: role.Areas,
            extraFrontMatter: "framework-skills:\n  product-management: working\n  managing-product-outcomes: awareness\n"
                + "start-here:\n  - url: \"https://agilemanifesto.org/\"\n    why: \"The four values every agile team starts from.\"");
        await _app.SyncAsync();

        var page = await _app.CreateClient().GetDocumentAsync("/roles/associate-product-manager");

        var start = page.QuerySelector(".hb-start-here li")!;
        Assert.Equal("https://agilemanifesto.org/", start.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("The four values every agile team starts from.", Clean(start), StringComparison.Ordinal);
        Assert.Contains("from 2.2 Work with agility", Clean(start), StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll(".hb-reading a[href='https://agilemanifesto.org/']"));
        Assert.NotNull(page.QuerySelector(".hb-reading a[href='https://example.org/agile']"));
    }

    [Fact]
    public async Task A_role_short_pack_holds_its_levels_what_rises_for_the_next_role_and_where_to_start_but_not_its_chapters()
    {
        var role = Handbooks.Roles[0];
        _app.Content.WithRole(role.Order, role.Slug, role.Title, role.Stage, role.Levels, chapters: role.Chapters, areas: role.Areas,
            extraFrontMatter: "framework-skills:\n  product-management: working\n  managing-product-outcomes: working\n"
                + "start-here:\n  - url: \"https://agilemanifesto.org/\"\n    why: \"The four values every agile team starts from.\"",
            body: "## What the role is\n\nThe start.\n\n## Growing toward the next role\n\nTake on a whole product.");
        await _app.SyncAsync();
        var client = _app.CreateClient();

        var page = await client.GetDocumentAsync("/roles/associate-product-manager/print/short");

        Assert.Equal(["Product management working Practises Product management with support.", "Managing product outcomes working Practises Managing product outcomes with support."],
            page.QuerySelectorAll(".hb-print-table tbody tr").Select(r => string.Join(' ', r.Children.Select(Clean))));
        Assert.Equal("Growing toward the next role, Product Manager", Clean(page.QuerySelector("#short-growing")!));
        // Product management rises from working to practitioner; managing product outcomes stays at working.
        Assert.Equal(["Product management, from working to practitioner: Practises Product management independently."],
            page.QuerySelectorAll("[aria-labelledby='short-growing'] .govuk-list li").Select(Clean));
        Assert.Contains("Take on a whole product.", Clean(page.QuerySelector(".hb-print-growing")!), StringComparison.Ordinal);
        Assert.DoesNotContain("The start.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("The four values every agile team starts from.", Clean(page.QuerySelector("[aria-labelledby='short-start-here']")!), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".hb-print-chapter"));
        Assert.Contains("28 February 2025", Clean(page.QuerySelector(".hb-source-line")!), StringComparison.Ordinal);

        var rolePage = await client.GetDocumentAsync("/roles/associate-product-manager");
        Assert.NotNull(rolePage.QuerySelector("a[href='/roles/associate-product-manager/print/short']"));
        Assert.NotNull(rolePage.QuerySelector("a[href='/roles/associate-product-manager/print']"));
    }

    [Fact]
    public async Task The_last_role_s_short_pack_says_it_is_the_top_of_the_pathway()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/roles/head-of-product/print/short");

        Assert.Equal("The top of the pathway", Clean(page.QuerySelector("#short-growing")!));
        Assert.Equal(HttpStatusCode.NotFound, (await _app.CreateClient().GetAsync("/roles/no-such-role/print/short")).StatusCode);
    }

    [Fact]
    public async Task A_role_s_reading_beyond_start_here_is_grouped_by_kind()
    {
        _app.Content.WithChapter("associate-product-manager", 4, "more-reading", "More reading", frontMatter: """
            roles: [associate-product-manager]
            reading:
              - title: "A book"
                url: "https://example.org/book"
                kind: book
              - title: "Another website"
                url: "https://example.org/site"
                kind: website
            """);
        await _app.SyncAsync();

        var page = await _app.CreateClient().GetDocumentAsync("/roles/associate-product-manager");

        Assert.Equal(["Books (1)", "Websites (2)"], page.QuerySelectorAll("main h4").Select(Clean));
        Assert.Equal(["https://agilemanifesto.org/", "https://example.org/site"],
            page.QuerySelectorAll("main h4 + .hb-reading")[1].QuerySelectorAll("li > a:first-child").Select(a => a.GetAttribute("href")!));
    }

    [Fact]
    public async Task On_this_page_lists_every_section_of_a_chapter_and_of_a_skill_page()
    {
        var client = _app.CreateClient();

        var chapter = await client.GetDocumentAsync("/chapters/work-with-agility");
        var skill = await client.GetDocumentAsync("/skills/product-management");

        Assert.Equal(chapter.QuerySelectorAll("main h2[id]:not(#on-this-page), main h3[id]").Select(h => "#" + h.Id).Order(),
            chapter.QuerySelectorAll(".hb-contents-list a").Select(a => a.GetAttribute("href")!).Order());
        Assert.Equal(skill.QuerySelectorAll("main h2[id]:not(#on-this-page)").Select(h => "#" + h.Id),
            skill.QuerySelectorAll(".hb-contents-list a").Select(a => a.GetAttribute("href")!));
        Assert.Contains("#levels", skill.QuerySelectorAll(".hb-contents-list a").Select(a => a.GetAttribute("href")!));
    }
}
