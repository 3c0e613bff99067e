using Microsoft.Extensions.Options;

namespace Handbook.Web.Http;

/// <summary>
/// The site's address as readers reach it (<c>Handbook:PublicUrl</c>), for every absolute link: the
/// canonical address, link previews, the sitemap, robots.txt, the feed and the printed address.
/// Never taken from the request's Host header, which a client sets as it likes and a shared cache
/// would then pass on to everyone.
/// </summary>
public sealed class PublicAddress(IOptions<HandbookOptions> options)
{
    /// <summary>The address without a trailing slash, such as "https://handbook.example" or "https://example.gov.uk/handbook".</summary>
    public string Root { get; } = options.Value.PublicUrl.TrimEnd('/');

    /// <summary>The absolute address of a path on the site, such as "/chapters/licence".</summary>
    public string Of(string path) => Root + path;
}
