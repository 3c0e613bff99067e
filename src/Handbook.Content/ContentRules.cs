using System.Text.RegularExpressions;

namespace Handbook.Content;

/// <summary>The values front matter may take, in one place so that errors and docs agree.</summary>
public static partial class ContentRules
{
    public const int MaxSummaryLength = 200;

    /// <summary>A skill's role levels come from the UK government's 2017 product manager pathway.</summary>
    public const string DdatLevelsSource = "ddat-2017";

    /// <summary>A skill's role levels are the handbook's own choice (the 2017 pathway gives none).</summary>
    public const string HandbookLevelsSource = "handbook";

    /// <summary>A skill of the current Government Digital and Data Profession Capability Framework.</summary>
    public const string CurrentFramework = "current";

    /// <summary>A capability of the 2017 product manager pathway the handbook first followed.</summary>
    public const string Pathway2017 = "2017";

    /// <summary>The frameworks a skill may belong to (its <c>framework:</c> field), the current one first.</summary>
    public static readonly IReadOnlyList<string> Frameworks = [CurrentFramework, Pathway2017];

    /// <summary>The levels of mastery, lowest first.</summary>
    public static readonly IReadOnlyList<string> Levels = ["awareness", "working", "practitioner", "expert"];

    /// <summary>The two stages of the career pathway, by slug, with their names.</summary>
    public static readonly IReadOnlyDictionary<string, string> Stages = new Dictionary<string, string>
    {
        ["product-management"] = "Product management",
        ["product-leadership"] = "Product leadership",
    };

    /// <summary>Skill groups: the critical capabilities and the desired ones.</summary>
    public static readonly IReadOnlyList<string> SkillGroups = ["critical", "desired"];

    /// <summary>The areas of expertise the career pathway diagram shows, by slug, with their names.</summary>
    public static readonly IReadOnlyDictionary<string, string> Areas = new Dictionary<string, string>
    {
        ["product-management-practitioner"] = "Product management practitioner",
        ["product-management-expert"] = "Product management expert",
        ["business-strategy"] = "Business strategy",
        ["digital-transformation"] = "Digital transformation",
        ["teaching-mentoring-coaching-facilitating"] = "Teaching, mentoring, coaching and facilitating",
    };

    /// <summary>1 for awareness up to 4 for expert.</summary>
    public static int Rank(string level) => Levels.ToList().IndexOf(level) + 1;

    /// <summary>Whether going from one level of mastery to another is a rise, no change or a fall.</summary>
    public static LevelStep Step(string from, string to) => (LevelStep)Math.Sign(Rank(to) - Rank(from));

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

/// <summary>How the level of mastery a skill needs changes from one role to another.</summary>
public enum LevelStep
{
    Falls = -1,
    Stays = 0,
    Rises = 1,
}
