namespace Handbook.Web;

/// <summary>
/// Every address of a page on the site, built in one place from what the content calls things (a
/// chapter's, role's or skill's slug): relative to the site's root, as links and the store's paths
/// name them (absolute ones add <see cref="Http.PublicAddress"/>).
/// </summary>
public static class SiteAddress
{
    public static string Chapter(string slug) => $"/chapters/{slug}";

    public static string Role(string slug) => $"/roles/{slug}";

    /// <summary>A role's pack: the role, its skills, chapters and reading on one page for printing.</summary>
    public static string RolePrint(string slug) => $"/roles/{slug}/print";

    public static string RoleShortPrint(string slug) => $"/roles/{slug}/print/short";

    /// <summary>Two roles side by side, skill by skill.</summary>
    public static string Compare(string from, string to) =>
        $"/roles/compare?from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString(to)}";

    public static string Skill(string slug) => $"/skills/{slug}";

    /// <summary>Where a reader follows their suggestion by its reference.</summary>
    public static string SuggestionStatus(string reference) => $"/suggest/status/{reference}";

    public const string Glossary = "/glossary";

    /// <summary>Where a glossary entry's <c>see:</c> leads: a chapter, role or skill, at a heading if it names one.</summary>
    public static string GlossaryTarget(string kind, string slug, string? anchor) => kind switch
    {
        nameof(Handbook.Content.GlossaryTargetKind.Role) => Role(slug),
        nameof(Handbook.Content.GlossaryTargetKind.Skill) => Skill(slug),
        _ => Chapter(slug),
    } + (anchor is null ? "" : "#" + anchor);

    /// <summary>A self-assessment against a role; its answers travel in the query, one parameter per skill.</summary>
    public static string Assess(string role) => $"/roles/{role}/assess";

    /// <summary>The same assessment as CSV.</summary>
    public static string AssessCsv(string role) => $"/roles/{role}/assess.csv";

    /// <summary>The form for suggesting a change to a page (such as "/chapters/scrum-framework") or one of its sections.</summary>
    public static string Suggest(string pagePath, string? section = null) =>
        "/suggest?page=" + Uri.EscapeDataString(pagePath) + (string.IsNullOrEmpty(section) ? "" : "&section=" + Uri.EscapeDataString(section));
}
