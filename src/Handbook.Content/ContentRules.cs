using System.Text.RegularExpressions;

namespace Handbook.Content;

/// <summary>The values front matter may take, in one place so that errors and docs agree.</summary>
public static partial class ContentRules
{
    public const int MaxSummaryLength = 200;

    /// <summary>The roles of the career pathway, in pathway order.</summary>
    public static readonly IReadOnlyList<string> RoleSlugs = [.. CareerPathway.Roles.Select(r => r.Slug)];

    public static readonly IReadOnlyList<string> ReadingKinds =
    [
        "article", "blog", "book", "video", "podcast", "talk", "guide", "website", "course", "paper", "template", "community",
    ];

    public static bool IsSlug(string value) => SlugPattern().IsMatch(value);

    public static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
