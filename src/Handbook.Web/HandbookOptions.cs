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
    /// How often an instance checks the store's content version, so that its page cache follows an
    /// import made by another instance sharing the database. Zero turns the check off.
    /// </summary>
    [Range(0, 3600)]
    public int VersionCheckSeconds { get; set; } = 5;

    /// <summary>The content folder; a relative path is taken from the app's content root.</summary>
    [Required]
    public string ContentPath { get; set; } = "../../content";

    /// <summary>Whether to pick up edited content files while the site runs.</summary>
    public bool WatchContent { get; set; } = true;

    /// <summary>How long the watcher waits for a burst of file changes to settle before it syncs.</summary>
    [Range(0, 60_000)]
    public int WatchDelayMilliseconds { get; set; } = 50;
}
