using System.Text.RegularExpressions;

namespace Handbook.Web.Suggestions;

/// <summary>One run of a word-level diff: text both have, text only the old has, or text only the new has.</summary>
public sealed record DiffRun(DiffKind Kind, string Text);

public enum DiffKind
{
    Same,
    Removed,
    Added,
}

/// <summary>
/// The words that changed between two texts, for the owner reading a reader's proposed wording:
/// words and the spaces between them compared as tokens, by their longest common subsequence.
/// </summary>
public static partial class WordDiff
{
    /// <summary>Past this many tokens on either side the texts are shown as one removal and one addition: the table would be too big.</summary>
    private const int MaxTokens = 4000;

    public static IReadOnlyList<DiffRun> Of(string before, string after)
    {
        var a = Token().Matches(before.ReplaceLineEndings("\n")).Select(m => m.Value).ToArray();
        var b = Token().Matches(after.ReplaceLineEndings("\n")).Select(m => m.Value).ToArray();
        if (a.Length > MaxTokens || b.Length > MaxTokens)
        {
            return [new DiffRun(DiffKind.Removed, before), new DiffRun(DiffKind.Added, after)];
        }
        // common[i, j]: the length of the longest common subsequence of a[i..] and b[j..].
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }
        var runs = new List<DiffRun>();
        void Add(DiffKind kind, string text)
        {
            if (runs.Count > 0 && runs[^1].Kind == kind)
            {
                runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
            }
            else
            {
                runs.Add(new DiffRun(kind, text));
            }
        }
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                Add(DiffKind.Same, a[x++]);
                y++;
            }
            else if (common[x + 1, y] >= common[x, y + 1])
            {
                Add(DiffKind.Removed, a[x++]);
            }
            else
            {
                Add(DiffKind.Added, b[y++]);
            }
        }
        while (x < a.Length)
        {
            Add(DiffKind.Removed, a[x++]);
        }
        while (y < b.Length)
        {
            Add(DiffKind.Added, b[y++]);
        }
        return runs;
    }

    /// <summary>A word (with any punctuation on it), or a run of spaces and line breaks.</summary>
    [GeneratedRegex(@"\S+|\s+")]
    private static partial Regex Token();
}
