namespace Handbook.Web.Search;

/// <summary>
/// Every word the index holds, with how often it occurs: "Did you mean" offers only these, so it
/// never guesses a word outside the handbook.
/// </summary>
public sealed class Vocabulary(IReadOnlyDictionary<string, int> counts)
{
    public static readonly Vocabulary Empty = new(new Dictionary<string, int>());

    public int Count => counts.Count;

    public bool Contains(string word) => counts.ContainsKey(word.ToLowerInvariant());

    /// <summary>
    /// The word of the handbook closest to <paramref name="word"/>: one edit away (two for words of
    /// eight letters or more), the most frequent where several are as close. Null if there is none,
    /// or the word is already the handbook's.
    /// </summary>
    public string? Correct(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.Length < 4 || counts.ContainsKey(lower))
        {
            return null;
        }
        var allowed = lower.Length >= 8 ? 2 : 1;
        string? best = null;
        var (bestDistance, bestCount) = (int.MaxValue, 0);
        foreach (var (candidate, count) in counts)
        {
            if (Math.Abs(candidate.Length - lower.Length) > allowed)
            {
                continue;
            }
            var distance = Distance(lower, candidate, allowed);
            if (distance <= allowed && (distance < bestDistance || (distance == bestDistance && count > bestCount)))
            {
                (best, bestDistance, bestCount) = (candidate, distance, count);
            }
        }
        return best;
    }

    /// <summary>Reads every text the index holds and counts its words of three letters or more.</summary>
    public static async Task<Vocabulary> ReadAsync(FullTextIndex index, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var text in index.TextsAsync(cancellationToken))
        {
            foreach (var word in SearchLexicon.WordsOf(text))
            {
                if (word.Length >= 3)
                {
                    counts[word] = counts.GetValueOrDefault(word) + 1;
                }
            }
        }
        return new Vocabulary(counts);
    }

    /// <summary>Edits (insert, delete, substitute, swap two neighbours) from one word to the other; past <paramref name="limit"/>, any number above it.</summary>
    private static int Distance(string a, string b, int limit)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], previous2[j - 2] + 1);
                }
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (rowMin > limit)
            {
                return limit + 1;
            }
            (previous2, previous, current) = (previous, current, previous2);
        }
        return previous[b.Length];
    }
}
