using System.ComponentModel.DataAnnotations;

namespace Handbook.Web;

/// <summary>The handbook's settings, bound from the "Handbook" configuration section.</summary>
public sealed class HandbookOptions
{
    public const string Section = "Handbook";

    /// <summary>The content folder; a relative path is taken from the app's content root.</summary>
    [Required]
    public string ContentPath { get; set; } = "../../content";

    /// <summary>Whether to pick up edited content files while the site runs.</summary>
    public bool WatchContent { get; set; } = true;

    /// <summary>How long the watcher waits for a burst of file changes to settle before it syncs.</summary>
    [Range(0, 60_000)]
    public int WatchDelayMilliseconds { get; set; } = 250;
}
