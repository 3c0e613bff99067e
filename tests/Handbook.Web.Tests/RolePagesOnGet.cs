using System.Net;
using Handbook.Web.Tests.Infrastructure;

namespace Handbook.Web.Tests;

public sealed class RolePagesOnGet : IDisposable
{
    private readonly HandbookFactory _app = new(Handbooks.TwoParts());

    public void Dispose()
    {
        _app.Dispose();
        _app.Content.Dispose();
    }

    [Fact]
    public async Task Career_pathway_shows_the_roles_in_order_in_two_stages_with_their_areas()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/roles");

        var diagram = page.QuerySelector("table.hb-pathway-diagram")!;
        Assert.Equal(["Product management", "Product leadership"], diagram.QuerySelectorAll("th[scope=colgroup]").Select(th => th.Text()));
        Assert.Equal(["2", "3"], diagram.QuerySelectorAll("th[scope=colgroup]").Select(th => th.GetAttribute("colspan")));
        Assert.Equal(
            ["Associate Product Manager", "Product Manager", "Senior Product Manager", "Lead Product Manager", "Head of Product"],
            diagram.QuerySelectorAll("thead th[scope=col] a").Select(a => a.Text()));
        var teaching = diagram.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.Text() == "Teaching, mentoring, coaching and facilitating");
        Assert.Equal(["No", "No", "No", "No", "Yes"], teaching.QuerySelectorAll("td").Select(td => td.Text()));
        Assert.NotNull(diagram.QuerySelector("caption"));
    }

    [Fact]
    public async Task Role_page_lists_every_skill_with_its_level_and_what_it_means()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/roles/product-manager");

        Assert.Equal("Product Manager", page.QuerySelector("h1")!.Text());
        var rows = page.QuerySelectorAll(".hb-heading:has(#skills) ~ .hb-table-wrapper tbody tr").Select(r => r.QuerySelectorAll("th, td").Select(c => c.Text()).ToList()).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["Product ownership", "practitioner", "Practises Product ownership independently."], rows[0]);
        Assert.Equal("working The handbook's choice", rows[2][1]);
        Assert.Contains("alphagov/ddat-pathway-product-service-manager", page.QuerySelector(".hb-citation")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Role_page_says_where_the_bar_rises_from_the_role_before_and_links_onward()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/roles/product-manager");

        Assert.Equal(
            ["Product ownership: from awareness to practitioner", "User focus: from working to practitioner", "Operational management: from awareness to working"],
            page.QuerySelectorAll(".hb-heading:has(#what-rises) + ul li").Select(li => li.Text()));
        Assert.Equal("/roles/associate-product-manager", page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/roles/senior-product-manager", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/roles/compare?from=product-manager&to=senior-product-manager");
    }

    [Fact]
    public async Task Role_page_lists_its_chapters_and_their_reading()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/roles/associate-product-manager");

        Assert.Equal(["/chapters/associate-product-manager-role", "/chapters/work-with-agility"],
            page.QuerySelectorAll(".hb-heading:has(#chapters) + ul a").Select(a => a.GetAttribute("href")));
        var reading = page.QuerySelector("#reading")!.Closest(".hb-heading")!.ParentElement!.Text();
        Assert.Contains("Manifesto for Agile Software Development", reading, StringComparison.Ordinal);
        Assert.Contains("Agile foundations", reading, StringComparison.Ordinal);
        Assert.DoesNotContain("The Scrum Guide", reading, StringComparison.Ordinal);
    }

    [Fact]
    public async Task First_and_last_roles_have_no_previous_and_no_next()
    {
        var client = _app.CreateClient();
        var first = await client.GetDocumentAsync("/roles/associate-product-manager");
        var last = await client.GetDocumentAsync("/roles/head-of-product");

        Assert.Null(first.QuerySelector("a[rel=prev]"));
        Assert.Null(last.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public async Task An_unknown_role_is_404()
    {
        using var response = await _app.CreateClient().GetAsync("/roles/chief-wizard");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public static TheoryData<string, string> EveryPairOfRoles()
    {
        var data = new TheoryData<string, string>();
        foreach (var from in Handbooks.RoleSlugs)
        {
            foreach (var to in Handbooks.RoleSlugs.Where(to => to != from))
            {
                data.Add(from, to);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPairOfRoles))]
    public async Task Comparison_shows_every_skill_side_by_side_for_every_pair_of_roles(string from, string to)
    {
        var page = await _app.CreateClient().GetDocumentAsync($"/roles/compare?from={from}&to={to}");

        var fromRole = Handbooks.Roles.Single(r => r.Slug == from);
        var toRole = Handbooks.Roles.Single(r => r.Slug == to);
        var rows = page.QuerySelectorAll("table.hb-compare tbody tr").ToList();
        Assert.Equal(Handbooks.Skills.Select(s => s.Title), rows.Select(r => r.QuerySelector("th a")!.Text()));
        foreach (var (row, skill) in rows.Zip(Handbooks.Skills))
        {
            var (fromLevel, toLevel) = (fromRole.Levels[skill.Slug], toRole.Levels[skill.Slug]);
            Assert.Equal([fromLevel, toLevel], row.QuerySelectorAll("td .hb-level").Select(t => t.Text()));
            var rises = Rank(toLevel) > Rank(fromLevel);
            Assert.Equal(rises, row.ClassList.Contains("hb-compare__rises"));
            var help = row.QuerySelectorAll("td:last-child a").Select(a => a.GetAttribute("href")!).ToList();
            if (rises && skill.Chapters.Length > 0)
            {
                // Every chapter the fixture's skills list has reading of its own.
                Assert.Contains(help, h => h.StartsWith("/chapters/", StringComparison.Ordinal));
                Assert.Contains(help, h => h.StartsWith("https://", StringComparison.Ordinal));
            }
            else
            {
                Assert.Empty(help);
            }
        }
        Assert.Equal($"/roles/compare?from={from}&to={to}", new Uri(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!).PathAndQuery);
    }

    [Fact]
    public async Task Comparison_offers_chapters_and_reading_where_the_bar_rises()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/roles/compare?from=associate-product-manager&to=product-manager");

        var ownership = page.QuerySelectorAll("table.hb-compare tbody tr")[0];
        Assert.Contains("hb-compare__rises", ownership.ClassList);
        var help = ownership.QuerySelectorAll("td:last-child a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/chapters/scrum-framework", "https://scrumguides.org/"], help);
        Assert.Contains("The bar rises in 3 skills", page.QuerySelector(".govuk-body-l")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Comparison_shows_three_readings_per_gap_and_links_to_the_rest()
    {
        var client = _app.CreateClient();
        _app.Content.WithChapter("associate-product-manager", 4, "user-research", "User research", frontMatter: """
            reading:
              - title: "Reading one"
                url: "https://example.org/1"
                kind: article
              - title: "Reading two"
                url: "https://example.org/2"
                kind: article
              - title: "Reading three"
                url: "https://example.org/3"
                kind: book
            """);
        _app.Content.WithSkill(2, "user-focus", "User focus", chapters: ["work-with-agility", "user-research"]);
        await _app.SyncAsync();

        var page = await client.GetDocumentAsync("/roles/compare?from=associate-product-manager&to=product-manager");

        var userFocus = page.QuerySelectorAll("table.hb-compare tbody tr").Single(r => r.QuerySelector("th a")!.Text() == "User focus");
        var reading = userFocus.QuerySelectorAll("td:last-child a").Where(a => a.GetAttribute("href")!.StartsWith("https://", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, reading.Count);
        var more = userFocus.QuerySelector("a.hb-compare__more")!;
        Assert.Equal("and 2 more items of reading for User focus", more.Text());
        var all = await client.GetDocumentAsync(more.GetAttribute("href")!);
        Assert.Equal(5, all.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("Reading and training for User focus", all.QuerySelector("h1")!.Text());
    }

    [Fact]
    public async Task Comparison_of_an_unknown_role_is_404()
    {
        using var response = await _app.CreateClient().GetAsync("/roles/compare?from=product-manager&to=chief-wizard");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static int Rank(string level) => Array.IndexOf(["awareness", "working", "practitioner", "expert"], level);
}
