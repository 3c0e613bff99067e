using Handbook.Web.Tests.Infrastructure;

namespace Handbook.Web.Tests;

public sealed class PrintPagesOnGet : IDisposable
{
    private readonly HandbookFactory _app = new(Handbooks.TwoParts()
        .WithChapter("preface", 3, "cross-links", "Cross links", frontMatter: "roles: [associate-product-manager]",
            body: "See [agility](/chapters/work-with-agility), [in government](/chapters/work-with-agility#in-government), [Scrum](/chapters/scrum-framework) and [the role](/roles/product-manager)."));

    public void Dispose()
    {
        _app.Dispose();
        _app.Content.Dispose();
    }

    [Fact]
    public async Task The_whole_handbook_prints_on_one_page_in_contents_order_with_unique_ids()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/print");

        Assert.Equal(
            ["1.1 Introduction", "1.2 Licence", "1.3 Cross links", "2.1 The Associate Product Manager role", "2.2 Work with agility", "2.3 Make use of the Scrum framework"],
            page.QuerySelectorAll(".hb-print-chapter > h3").Select(h => h.Text()));
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.NotNull(page.QuerySelector("h4#work-with-agility--the-manifesto"));
        Assert.Equal("#work-with-agility--the-manifesto", page.QuerySelector("#chapter-work-with-agility .hb-heading__anchor")!.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll("#chapter-work-with-agility a"), a => a.GetAttribute("href") == "https://agilemanifesto.org/");
    }

    [Fact]
    public async Task Links_between_chapters_lead_within_the_page()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/print");

        var links = page.QuerySelectorAll("#chapter-cross-links .hb-prose a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(["#chapter-work-with-agility", "#work-with-agility--in-government", "#chapter-scrum-framework", "/roles/product-manager"], links);
        Assert.All(links.Where(l => l.StartsWith('#')), l => Assert.NotNull(page.GetElementById(l[1..])));
        Assert.Equal("#work-with-agility--the-manifesto", page.QuerySelector("#chapter-introduction .hb-prose a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task In_a_role_pack_only_links_to_the_packs_own_chapters_lead_within_the_page()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/roles/associate-product-manager/print");

        Assert.Equal(["#chapter-work-with-agility", "#work-with-agility--in-government", "/chapters/scrum-framework", "/roles/product-manager"],
            page.QuerySelectorAll("#chapter-cross-links .hb-prose a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task A_role_pack_holds_the_role_its_skills_and_its_chapters()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/roles/associate-product-manager/print");

        Assert.Equal("Associate Product Manager", page.QuerySelector("h1")!.Text());
        Assert.Equal(3, page.QuerySelectorAll("table tbody tr").Length);
        Assert.Equal(["2.1 The Associate Product Manager role", "1.3 Cross links", "2.2 Work with agility"], page.QuerySelectorAll(".hb-print-chapter > h3").Select(h => h.Text()));
    }

    [Fact]
    public async Task The_stylesheet_has_print_rules_that_hide_navigation_and_show_link_targets()
    {
        var css = await _app.CreateClient().GetStringAsync("/css/handbook.css");

        Assert.Contains("@media print", css, StringComparison.Ordinal);
        Assert.Contains("attr(href)", css, StringComparison.Ordinal);
    }
}
