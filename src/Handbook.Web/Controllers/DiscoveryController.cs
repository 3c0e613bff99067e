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
        // A page's lastmod is the day its content says it changed; a page that says nothing has none,
        // rather than the day this store happened to import it.
        var chapters = await db.Pages.AsNoTracking().OrderBy(p => p.Sequence).Select(p => new { p.Slug, p.LastUpdated }).ToListAsync(cancellationToken);
        var roles = await db.Roles.AsNoTracking().OrderBy(r => r.Order).Select(r => new { r.Slug, r.LastUpdated }).ToListAsync(cancellationToken);
        var skills = await db.Skills.AsNoTracking().OrderBy(s => s.Order).Select(s => new { s.Slug, s.LastUpdated }).ToListAsync(cancellationToken);
        var urls = new List<(string Path, DateOnly? Modified)> { ("/", null), ("/contents", null), ("/roles", null), ("/skills", null), ("/reading", null), ("/print", null) };
        if (await db.Glossaries.AnyAsync(cancellationToken))
        {
            urls.Add((SiteAddress.Glossary, null));
        }
        urls.AddRange(chapters.Select(c => (SiteAddress.Chapter(c.Slug), c.LastUpdated)));
        urls.AddRange(roles.Select(r => (SiteAddress.Role(r.Slug), r.LastUpdated)));
        urls.AddRange(skills.Select(s => (SiteAddress.Skill(s.Slug), s.LastUpdated)));

        return Xml(writer =>
        {
            writer.WriteStartElement("urlset", SitemapNamespace);
            foreach (var (path, modified) in urls)
            {
                writer.WriteStartElement("url", SitemapNamespace);
                writer.WriteElementString("loc", SitemapNamespace, Site + path);
                if (modified is { } date)
                {
                    writer.WriteElementString("lastmod", SitemapNamespace, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }, "application/xml");
    }

    /// <summary>
    /// The change notes of every chapter, role and skill (their <c>changes:</c> lists), newest first:
    /// dated by the content, so the feed says the same on every deployment of the same content.
    /// </summary>
    [HttpGet("/changes.atom")]
    public async Task<IActionResult> Changes(CancellationToken cancellationToken)
    {
        var chapters = await db.Pages.AsNoTracking().Where(p => p.LastUpdated != null).Select(p => new { p.Slug, p.Title, p.Changes }).ToListAsync(cancellationToken);
        var roles = await db.Roles.AsNoTracking().Where(r => r.LastUpdated != null).Select(r => new { r.Slug, r.Title, r.Changes }).ToListAsync(cancellationToken);
        var skills = await db.Skills.AsNoTracking().Where(s => s.LastUpdated != null).Select(s => new { s.Slug, s.Title, s.Changes }).ToListAsync(cancellationToken);
        var notes = chapters.Select(c => (Path: SiteAddress.Chapter(c.Slug), c.Title, c.Changes))
            .Concat(roles.Select(r => (Path: SiteAddress.Role(r.Slug), r.Title, r.Changes)))
            .Concat(skills.Select(s => (Path: SiteAddress.Skill(s.Slug), s.Title, s.Changes)))
            .SelectMany(page => page.Changes.Select((change, i) => (page.Path, page.Title, change, Number: page.Changes.Count - i)))
            .OrderByDescending(n => n.change.Date).ThenBy(n => n.Path, StringComparer.Ordinal)
            .Take(FeedEntries)
            .ToList();
        var updated = notes.Count == 0 ? DateOnly.FromDateTime(DateTime.UnixEpoch) : notes.Max(n => n.change.Date);

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
            foreach (var (path, title, change, number) in notes)
            {
                writer.WriteStartElement("entry", AtomNamespace);
                // Numbered from the page's first note, so that an entry keeps its id as newer notes are added.
                writer.WriteElementString("id", AtomNamespace, $"{Site}{path}#update-{number}");
                writer.WriteElementString("title", AtomNamespace, title);
                writer.WriteElementString("updated", AtomNamespace, Timestamp(change.Date));
                Link(writer, Site + path + "#updates", "alternate");
                writer.WriteElementString("summary", AtomNamespace, change.Note);
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

    /// <summary>A day as Atom dates it: its start, in UTC.</summary>
    private static string Timestamp(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

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
