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

    [Theory]
    [InlineData("/print")]
    [InlineData("/roles/associate-product-manager/print")]
    public async Task A_printed_pages_headings_go_down_one_level_at_a_time(string path)
    {
        var page = await _app.CreateClient().GetDocumentAsync(path);

        var levels = page.QuerySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6").Select(h => h.LocalName[1] - '0').ToList();
        Assert.NotEmpty(levels);
        Assert.Equal(1, levels[0]);
        Assert.Contains(4, levels);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"h{pair.First} is followed by h{pair.Second}"));
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
    public async Task A_role_pack_ends_with_the_reading_and_training_of_its_chapters_each_once()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/roles/associate-product-manager/print");

        var section = page.QuerySelector("section[aria-labelledby=role-reading]")!;
        Assert.Equal("Reading and training", section.QuerySelector("h2")!.Text());
        Assert.Equal(["Reading", "Training"], section.QuerySelectorAll("h3").Select(h => h.Text()));
        var items = section.QuerySelectorAll("li").Select(li => li.Text()).ToList();
        Assert.Equal(
            ["Manifesto for Agile Software Development by Kent Beck and others (website) · from 2.2 Work with agility",
             "Agile foundations by A training provider (course) · from 2.2 Work with agility"],
            items);
        Assert.NotEmpty(section.QuerySelectorAll("li a[href^='#']"));
        Assert.All(section.QuerySelectorAll("li a[href^='#']"), a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")![1..])));
        Assert.Single(page.QuerySelectorAll("a[href='https://agilemanifesto.org/']"));
        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://scrumguides.org/");
    }

    [Fact]
    public async Task The_print_stylesheet_names_the_configured_address_whatever_host_the_request_names()
    {
        var client = _app.CreateClient();

        async Task<string> CssAsync(string host)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/print-address.css");
            request.Headers.Host = host;
            using var response = await client.SendAsync(request);
            Assert.Equal("text/css", response.Content.Headers.ContentType!.MediaType);
            return (await response.Content.ReadAsStringAsync()).Trim();
        }

        Assert.Equal(":root{--hb-site-address:\"http://localhost\"}", await CssAsync("localhost"));
        Assert.Equal(":root{--hb-site-address:\"http://localhost\"}", await CssAsync("evil.example:8080"));
    }

    [Fact]
    public async Task Every_page_links_the_sites_address_for_print_only()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/chapters/introduction");

        Assert.Equal("print", page.QuerySelector("link[href='/print-address.css']")!.GetAttribute("media"));
    }
}
