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
    [InlineData("/roles/senior-product-manager", "Senior Product Manager", "What a Senior Product Manager does.", "profile")]
    [InlineData("/roles", "The career pathway", null, "website")]
    [InlineData("/skills/user-focus", "User focus", "What User focus is.", "article")]
    [InlineData("/skills", "Skills and levels of mastery", null, "website")]
    [InlineData("/reading?role=product-manager", "Reading and training for a Product Manager", null, "website")]
    [InlineData("/chapters/licence", "Licence", "What Licence is about.", "article")]
    public async Task Page_has_title_description_canonical_open_graph_and_twitter_tags(string url, string title, string? description, string type)
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
        Assert.Equal(new Uri(new Uri("http://localhost"), url.Split('?')[0]).AbsoluteUri, canonical);
        Assert.Equal(canonical, Meta("meta[property='og:url']"));
        var metaDescription = Meta("meta[name=description]");
        Assert.False(string.IsNullOrWhiteSpace(metaDescription));
        Assert.Equal(metaDescription, Meta("meta[property='og:description']"));
        Assert.Equal(metaDescription, Meta("meta[name='twitter:description']"));
        if (description is not null)
        {
            Assert.Equal(description, metaDescription);
        }
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
