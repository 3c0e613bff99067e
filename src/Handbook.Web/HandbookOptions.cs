using System.ComponentModel.DataAnnotations;
using Handbook.Web.Data;

namespace Handbook.Web;

/// <summary>The handbook's settings, bound from the "Handbook" configuration section.</summary>
public sealed class HandbookOptions
{
    public const string Section = "Handbook";

    /// <summary>The database the store is in; <c>ConnectionStrings:Handbook</c> says where.</summary>
    public DatabaseProvider Database { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// On PostgreSQL, how many database connections this instance may hold open at once; a request
    /// past them waits for a free one. Size it so that every instance's, added up, stays under the
    /// server's max_connections (README, "Several instances on PostgreSQL").
    /// </summary>
    [Range(1, 1000)]
    public int DatabaseConnections { get; set; } = 20;

    /// <summary>
    /// How often an instance checks the store's content version, so that its page cache follows an
    /// import made by another instance sharing the database. Zero turns the check off.
    /// </summary>
    [Range(0, 3600)]
    public int VersionCheckSeconds { get; set; } = 5;

    /// <summary>
    /// The address readers reach the site at, such as "https://handbook.example": every absolute link
    /// is built from it, never from the request's Host header.
    /// </summary>
    [Required]
    [RegularExpression(@"^https?://[^/?#\s]+(/[^?#\s]*)?$", ErrorMessage = "Set Handbook:PublicUrl to the site's address, such as https://handbook.example")]
    public string PublicUrl { get; set; } = "http://localhost:5080";

    /// <summary>The content folder; a relative path is taken from the app's content root.</summary>
    [Required]
    public string ContentPath { get; set; } = "../../content";

    /// <summary>Whether to pick up edited content files while the site runs.</summary>
    public bool WatchContent { get; set; } = true;

    /// <summary>
    /// Whether the watcher, once watching, rehearses an edit (imports a chapter again and rolls it
    /// back) so that EF Core compiles its update of a chapter then rather than on an author's first
    /// save. The benchmark measures the first save both ways (README, "Speed").
    /// </summary>
    public bool RehearseFirstEdit { get; set; } = true;

    /// <summary>
    /// How long a shared cache in front of the site (nginx's proxy_cache, a CDN) may hand out a page
    /// without asking the site again: its <c>s-maxage</c>. With <see cref="StaleWhileRevalidateSeconds"/>
    /// it sets how soon a content change reaches readers through such a cache (README, "Deploying").
    /// </summary>
    [Range(0, 3600)]
    public int SharedCacheSeconds { get; set; } = 30;

    /// <summary>
    /// How long past <see cref="SharedCacheSeconds"/> a cache may still hand out the page it holds
    /// while it asks the site for the current one: its <c>stale-while-revalidate</c>.
    /// </summary>
    [Range(0, 3600)]
    public int StaleWhileRevalidateSeconds { get; set; } = 15;

    /// <summary>How long the watcher waits for a burst of file changes to settle before it syncs.</summary>
    [Range(0, 60_000)]
    public int WatchDelayMilliseconds { get; set; } = 50;
}
