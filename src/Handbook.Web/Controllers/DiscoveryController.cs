using System.Globalization;
using System.Text;
using System.Xml;
using Handbook.Web.Data;
using Handbook.Web.Caching;
using Handbook.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Controllers;

/// <summary>What crawlers and feed readers ask for: the sitemap, robots.txt and the Atom feed of changes.</summary>
[CachedPage]
public sealed class DiscoveryController(HandbookDbContext db, PublicAddress address) : Controller
{
    private const int FeedEntries = 50;
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    private string Site => address.Root;

    [HttpGet("/robots.txt")]
    public ContentResult Robots() => Content(
        $"User-agent: *\nDisallow: /admin\nDisallow: /suggest\nDisallow: /search\n\nSitemap: {Site}/sitemap.xml\n", "text/plain; charset=utf-8");

    [HttpGet("/sitemap.xml")]
    public async Task<IActionResult> Sitemap(CancellationToken cancellationToken)
    {
        var chapters = await db.Pages.AsNoTracking().OrderBy(p => p.Sequence).Select(p => new { p.Slug, p.UpdatedAt }).ToListAsync(cancellationToken);
        var roles = await db.Roles.AsNoTracking().OrderBy(r => r.Order).Select(r => new { r.Slug, r.UpdatedAt }).ToListAsync(cancellationToken);
        var skills = await db.Skills.AsNoTracking().OrderBy(s => s.Order).Select(s => new { s.Slug, s.UpdatedAt }).ToListAsync(cancellationToken);
        var urls = new List<(string Path, DateTimeOffset? Modified)> { ("/", null), ("/contents", null), ("/roles", null), ("/skills", null), ("/reading", null), ("/print", null) };
        urls.AddRange(chapters.Select(c => (SiteAddress.Chapter(c.Slug), (DateTimeOffset?)c.UpdatedAt)));
        urls.AddRange(roles.Select(r => (SiteAddress.Role(r.Slug), (DateTimeOffset?)r.UpdatedAt)));
        urls.AddRange(skills.Select(s => (SiteAddress.Skill(s.Slug), (DateTimeOffset?)s.UpdatedAt)));

        return Xml(writer =>
        {
            writer.WriteStartElement("urlset", SitemapNamespace);
            foreach (var (path, modified) in urls)
            {
                writer.WriteStartElement("url", SitemapNamespace);
                writer.WriteElementString("loc", SitemapNamespace, Site + path);
                if (modified is { } date)
                {
                    writer.WriteElementString("lastmod", SitemapNamespace, date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }, "application/xml");
    }

    /// <summary>The pages the content sync added, changed or removed, newest first.</summary>
    [HttpGet("/changes.atom")]
    public async Task<IActionResult> Changes(CancellationToken cancellationToken)
    {
        var changes = await db.PageChanges.AsNoTracking().OrderByDescending(c => c.Id).Take(FeedEntries).ToListAsync(cancellationToken);
        var updated = changes.Count == 0 ? DateTimeOffset.UnixEpoch : changes.Max(c => c.ChangedAt);

        return Xml(writer =>
        {
            writer.WriteStartElement("feed", AtomNamespace);
            writer.WriteElementString("title", AtomNamespace, "Changes to the product management handbook");
            writer.WriteElementString("id", AtomNamespace, Site + "/changes.atom");
            writer.WriteElementString("updated", AtomNamespace, Timestamp(updated));
            Link(writer, Site + "/changes.atom", "self");
            Link(writer, Site + "/", "alternate");
            writer.WriteStartElement("author", AtomNamespace);
            writer.WriteElementString("name", AtomNamespace, "The Handbook contributors");
            writer.WriteEndElement();
            foreach (var change in changes)
            {
                writer.WriteStartElement("entry", AtomNamespace);
                writer.WriteElementString("id", AtomNamespace, $"{Site}/changes/{change.Id}");
                writer.WriteElementString("title", AtomNamespace, $"{change.Kind}: {change.Title}");
                writer.WriteElementString("updated", AtomNamespace, Timestamp(change.ChangedAt));
                Link(writer, Site + (change.Kind == ChangeKind.Removed ? "/contents" : change.Path), "alternate");
                writer.WriteElementString("summary", AtomNamespace, change.Summary);
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }, "application/atom+xml");
    }

    private static void Link(XmlWriter writer, string href, string rel)
    {
        writer.WriteStartElement("link", AtomNamespace);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    private static string Timestamp(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private FileContentResult Xml(Action<XmlWriter> write, string contentType)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }
        return File(stream.ToArray(), contentType + "; charset=utf-8");
    }
}
