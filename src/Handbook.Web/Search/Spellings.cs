namespace Handbook.Web.Search;

/// <summary>
/// The common words a question is made of ("what", "how", "do", "I", "a"), which neither narrow a
/// search nor say what it is about, and the other spelling of a word between British and American
/// English ("prioritisation" and "prioritization", "colour" and "color"), so each finds the other.
/// </summary>
public static class Spellings
{
    /// <summary>Words left out of a search unless nothing else is typed. "No" and "not" stay in: "how do I say no" is about saying no.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "from", "as", "into", "about",
        "what", "whats", "which", "who", "whom", "whose", "when", "where", "why", "how", "is", "are", "was", "were", "be",
        "been", "being", "am", "do", "does", "did", "doing", "done", "i", "me", "my", "we", "our", "you", "your", "it", "its",
        "this", "that", "these", "those", "there", "can", "could", "should", "would", "will", "shall", "may", "might", "must",
        "have", "has", "had", "get", "if", "then", "so", "than", "some", "any", "s", "vs", "versus",
    };

    public static bool IsStopWord(string word) => StopWords.Contains(word);

    /// <summary>British endings and their American ones, longest first, with whether the American is safe to turn back ("-ize" is; "-or" and "-ter" end too many words).</summary>
    private static readonly (string British, string American, bool BothWays)[] Endings =
    [
        ("isations", "izations", true), ("isation", "ization", true), ("ising", "izing", true), ("ised", "ized", true), ("ises", "izes", true), ("ise", "ize", true),
        ("ysing", "yzing", true), ("ysed", "yzed", true), ("yses", "yzes", true), ("yse", "yze", true),
        ("ours", "ors", false), ("our", "or", false), ("ogue", "og", false), ("tres", "ters", false), ("tre", "ter", false),
    ];

    /// <summary>Words whose other spelling no ending rule gives, both ways.</summary>
    private static readonly Dictionary<string, string> Words = Pairs(
        ("licence", "license"), ("programme", "program"), ("programmes", "programs"), ("defence", "defense"), ("judgement", "judgment"),
        ("centred", "centered"), ("modelling", "modeling"), ("travelling", "traveling"), ("cancelled", "canceled"), ("catalogue", "catalog"),
        ("colour", "color"), ("behaviour", "behavior"), ("behaviours", "behaviors"), ("favour", "favor"), ("honour", "honor"), ("labour", "labor"),
        ("neighbour", "neighbor"), ("humour", "humor"), ("centre", "center"), ("centres", "centers"), ("theatre", "theater"), ("fibre", "fiber"),
        ("dialogue", "dialog"), ("enrol", "enroll"), ("fulfil", "fulfill"));

    /// <summary>Words an ending rule would wrongly change: "hour" is not "hor", nor "size" "sise".</summary>
    private static readonly HashSet<string> Keep = new(StringComparer.OrdinalIgnoreCase)
    {
        "hour", "hours", "detour", "flour", "size", "sizes", "seize", "prize", "prizes", "rise", "rises", "wise", "noise", "raise", "raised",
        "raises", "praise", "arise", "arises", "premise", "premises", "promise", "promised", "promises", "surprise", "exercise", "exercised",
        "exercises", "advise", "advised", "advises", "supervise", "supervised", "revise", "revised", "expertise", "enterprise", "enterprises",
        "compromise", "franchise", "merchandise", "otherwise", "likewise", "precise", "concise", "cruise", "devise", "devised", "comprise",
        "comprises", "comprised", "disguise", "improvise", "treatise", "paradise",
    };

    /// <summary>The word's other spelling, or null where it has none.</summary>
    public static string? Other(string word)
    {
        var lower = word.ToLowerInvariant();
        if (Words.TryGetValue(lower, out var other))
        {
            return other;
        }
        if (lower.Length < 5 || Keep.Contains(lower))
        {
            return null;
        }
        foreach (var (british, american, bothWays) in Endings)
        {
            if (lower.EndsWith(british, StringComparison.Ordinal))
            {
                return lower[..^british.Length] + american;
            }
            if (bothWays && lower.EndsWith(american, StringComparison.Ordinal))
            {
                return lower[..^american.Length] + british;
            }
        }
        return null;
    }

    private static Dictionary<string, string> Pairs(params (string British, string American)[] pairs)
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (british, american) in pairs)
        {
            words[british] = american;
            words[american] = british;
        }
        return words;
    }
}
