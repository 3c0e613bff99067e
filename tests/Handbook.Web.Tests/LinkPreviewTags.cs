using Handbook.Web.Tests.Infrastructure;

namespace Handbook.Web.Tests;

public sealed class LinkPreviewTags : IDisposable
{
    private readonly HandbookFactory _app = new(Handbooks.TwoParts());

    public void Dispose()
    {
        _app.Dispose();
        _app.Content.Dispose();
    }

    [Theory]
    [InlineData("/roles/senior-product-manager", "Senior Product Manager", "What a Senior Product Manager does.", "article", "/roles/senior-product-manager")]
    [InlineData("/roles", "The career pathway", null, "website", "/roles")]
    [InlineData("/roles/compare?to=senior-product-manager&from=product-manager", "Product Manager and Senior Product Manager compared",
        "Skill by skill, the level of mastery a Product Manager and a Senior Product Manager are expected to have, where the bar rises, and what helps close each gap.",
        "website", "/roles/compare?from=product-manager&to=senior-product-manager")]
    [InlineData("/skills/user-focus", "User focus", "What User focus is.", "article", "/skills/user-focus")]
    [InlineData("/skills", "Skills and levels of mastery", null, "website", "/skills")]
    [InlineData("/reading", "Reading and training",
        "Every book, article, talk and course the handbook recommends, with the chapter it comes from, by role and by kind.", "website", "/reading")]
    [InlineData("/reading?role=product-manager", "Reading and training for a Product Manager",
        "Every book, article, talk and course the handbook recommends for a Product Manager, with the chapter it comes from.", "website", "/reading?role=product-manager")]
    [InlineData("/reading?kind=guide&role=head-of-product&utm_source=chat", "Reading and training for a Head of Product",
        "Every book, article, talk and course the handbook recommends for a Head of Product, with the chapter it comes from.", "website", "/reading?role=head-of-product&kind=guide")]
    [InlineData("/chapters/licence", "Licence", "What Licence is about.", "article", "/chapters/licence")]
    public async Task Page_has_title_description_canonical_open_graph_and_twitter_tags(string url, string title, string? description, string type, string canonicalPath)
    {
        var page = await _app.CreateClient().GetDocumentAsync(url);

        string? Meta(string selector) => page.QuerySelector(selector)?.GetAttribute("content");
        Assert.StartsWith(title, page.Title, StringComparison.Ordinal);
        Assert.Equal(title, Meta("meta[property='og:title']"));
        Assert.Equal(title, Meta("meta[name='twitter:title']"));
        Assert.Equal(type, Meta("meta[property='og:type']"));
        Assert.Equal("summary_large_image", Meta("meta[name='twitter:card']"));
        Assert.Equal("http://localhost/images/og-image.png", Meta("meta[property='og:image']"));
        Assert.Equal(Meta("meta[property='og:image']"), Meta("meta[name='twitter:image']"));
        var canonical = page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;
        Assert.Equal("http://localhost" + canonicalPath, canonical);
        Assert.Equal(canonical, Meta("meta[property='og:url']"));
        Assert.Equal(canonical, Meta("meta[name='twitter:url']"));
        var metaDescription = Meta("meta[name=description]");
        Assert.False(string.IsNullOrWhiteSpace(metaDescription));
        Assert.Equal(metaDescription, Meta("meta[property='og:description']"));
        Assert.Equal(metaDescription, Meta("meta[name='twitter:description']"));
        if (description is not null)
        {
            Assert.Equal(description, metaDescription);
        }
    }

    [Theory]
    [InlineData("associate-product-manager", "Associate Product Manager")]
    [InlineData("product-manager", "Product Manager")]
    [InlineData("senior-product-manager", "Senior Product Manager")]
    [InlineData("lead-product-manager", "Lead Product Manager")]
    [InlineData("head-of-product", "Head of Product")]
    public async Task Every_role_previews_as_an_article_about_that_role(string slug, string title)
    {
        var page = await _app.CreateClient().GetDocumentAsync($"/roles/{slug}");

        string? Meta(string selector) => page.QuerySelector(selector)?.GetAttribute("content");
        Assert.Equal((title, title, "article"), (Meta("meta[property='og:title']"), Meta("meta[name='twitter:title']"), Meta("meta[property='og:type']")));
        Assert.Equal($"What a {title} does.", Meta("meta[property='og:description']"));
        Assert.Equal($"http://localhost/roles/{slug}", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal($"http://localhost/roles/{slug}", Meta("meta[property='og:url']"));
        Assert.Equal($"http://localhost/roles/{slug}", Meta("meta[name='twitter:url']"));
    }

    [Theory]
    [InlineData("/roles/product-manager", "what-the-role-is", "What the role is – Product Manager")]
    [InlineData("/roles/product-manager", "skills", "Skills and the level expected – Product Manager")]
    [InlineData("/roles/product-manager", "what-rises", "Where the bar rises from Associate Product Manager – Product Manager")]
    [InlineData("/roles/associate-product-manager", "reading", "Reading and training – Associate Product Manager")]
    [InlineData("/skills/user-focus", "what-it-means", "What it means – User focus")]
    [InlineData("/skills/user-focus", "levels", "What each level means – User focus")]
    [InlineData("/skills/user-focus", "chapters", "Chapters that help – User focus")]
    [InlineData("/chapters/work-with-agility", "training", "Training – Work with agility")]
    public async Task A_link_to_a_section_of_a_role_skill_or_chapter_previews_with_that_sections_title(string path, string section, string title)
    {
        var page = await _app.CreateClient().GetDocumentAsync($"{path}?section={section}");

        string? Meta(string selector) => page.QuerySelector(selector)?.GetAttribute("content");
        Assert.Equal(title, Meta("meta[property='og:title']"));
        Assert.Equal(title, Meta("meta[name='twitter:title']"));
        Assert.Equal($"http://localhost{path}?section={section}#{section}", Meta("meta[property='og:url']"));
        Assert.Equal(Meta("meta[property='og:url']"), Meta("meta[name='twitter:url']"));
        Assert.Equal($"http://localhost{path}", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/roles/product-manager", "Product Manager")]
    [InlineData("/skills/user-focus", "User focus")]
    public async Task A_link_naming_no_section_of_the_page_previews_the_page(string path, string title)
    {
        var page = await _app.CreateClient().GetDocumentAsync($"{path}?section=nowhere");

        Assert.Equal(title, page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal($"http://localhost{path}", page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task A_link_to_a_section_previews_with_the_sections_title_and_text()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/chapters/work-with-agility?section=in-government");

        string? Meta(string selector) => page.QuerySelector(selector)?.GetAttribute("content");
        Assert.Equal("In government – Work with agility", Meta("meta[property='og:title']"));
        Assert.Equal("Text.", Meta("meta[property='og:description']"));
        Assert.Equal("http://localhost/chapters/work-with-agility?section=in-government#in-government", Meta("meta[property='og:url']"));
        Assert.Equal("http://localhost/chapters/work-with-agility", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_open_graph_image_is_served()
    {
        using var response = await _app.CreateClient().GetAsync("/images/og-image.png");

        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 10_000);
    }
}
