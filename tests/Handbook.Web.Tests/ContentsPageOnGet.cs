using Handbook.Content;
using Handbook.Web.Tests.Infrastructure;

namespace Handbook.Web.Tests;

public sealed class ContentsPageOnGet : IDisposable
{
    private readonly HandbookFactory _app = new(Handbooks.TwoParts());

    public void Dispose()
    {
        _app.Dispose();
        _app.Content.Dispose();
    }

    [Fact]
    public async Task Lists_parts_and_chapters_numbered_in_reading_order()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/contents");

        Assert.Equal(["1. Preface", "2. Associate Product Manager"], page.QuerySelectorAll("main h2").Select(h => h.Text()));
        Assert.Equal(
            ["1.1 Introduction", "1.2 Licence", "2.1 The Associate Product Manager role", "2.2 Work with agility", "2.3 Make use of the Scrum framework"],
            page.QuerySelectorAll(".hb-toc__chapter").Select(c => c.QuerySelector(".hb-toc__number")!.Text() + " " + c.QuerySelector("a")!.Text()));
    }

    [Fact]
    public async Task Shows_each_parts_introduction_under_its_heading()
    {
        using var content = Handbooks.TwoParts()
            .WithPart(1, "preface", "Preface", "Why the handbook exists.", intro: "This part *sets the scene*.\n\nIt has two chapters.");
        using var app = new HandbookFactory(content);

        var page = await app.CreateClient().GetDocumentAsync("/contents");

        var preface = page.GetElementById("preface")!.ParentElement!;
        Assert.Equal("<p>This part <em>sets the scene</em>.</p>\n<p>It has two chapters.</p>", preface.QuerySelector(".hb-toc__intro")!.InnerHtml.Trim());
        Assert.Null(page.GetElementById("associate-product-manager")!.ParentElement!.QuerySelector(".hb-toc__intro"));
    }

    [Fact]
    public async Task Every_chapter_is_reachable_from_the_contents()
    {
        var client = _app.CreateClient();
        var contents = await client.GetDocumentAsync("/contents");
        var links = contents.QuerySelectorAll(".hb-toc__chapter a").Select(a => a.GetAttribute("href")!).ToList();

        // Every chapter file of the fixture, as the content reader sees it, whatever the fixture holds.
        var markdown = new HandbookMarkdown();
        var fixture = new ContentLoader(new DocumentParser(markdown), new PathwayParser(markdown)).Load(_app.Content.Root);
        Assert.Empty(fixture.Errors);
        Assert.Equal(fixture.Chapters.Select(c => $"/chapters/{c.Slug}").Order(StringComparer.Ordinal), links.Order(StringComparer.Ordinal));
        foreach (var link in links)
        {
            var chapter = await client.GetDocumentAsync(link);
            Assert.Single(chapter.QuerySelectorAll("h1"));
        }
    }

    [Fact]
    public async Task Home_page_says_what_the_handbook_is_shows_the_pathway_and_where_to_start()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/");

        Assert.Equal("Product management handbook", page.QuerySelector("h1")!.Text());
        Assert.Equal(
            ["Associate Product Manager", "Product Manager", "Senior Product Manager", "Lead Product Manager", "Head of Product"],
            page.QuerySelectorAll(".hb-pathway__step").Select(s => s.FirstChild!.TextContent.Trim()));
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/chapters/introduction");
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/contents");
    }
}
