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
    [InlineData("/chapters/licence", "Licence", "What Licence is about.", "website")]
    public async Task Page_has_title_description_canonical_open_graph_and_twitter_tags(string url, string title, string? description, string type)
    {
        var page = await _app.CreateClient().GetDocumentAsync(url);

        string? Meta(string selector) => page.QuerySelector(selector)?.GetAttribute("content");
        Assert.StartsWith(title, page.Title, StringComparison.Ordinal);
        Assert.Equal(title, Meta("meta[property='og:title']"));
        Assert.Equal(title, Meta("meta[name='twitter:title']"));
        Assert.Equal(type, Meta("meta[property='og:type']"));
        Assert.Equal("summary", Meta("meta[name='twitter:card']"));
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
}
