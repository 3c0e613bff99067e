using System.Text.RegularExpressions;

namespace Handbook.Web.Search;

/// <summary>
/// Turns what a reader typed into the phrases to search for: words and "quoted phrases" only, so that
/// no input (operators, stray quotes, SQL, emoji, a page of text) can reach the engine as syntax.
/// </summary>
public static partial class SearchQuery
{
    public const int MaxInputLength = 200;
    public const int MaxTerms = 12;

    /// <summary>
    /// The phrases a section must contain, each a run of words separated by single spaces: one per
    /// word typed, or one per quoted phrase. Empty when there is nothing to search for.
    /// </summary>
    public static IReadOnlyList<string> Phrases(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return [];
        }
        var text = input.Length > MaxInputLength ? input[..MaxInputLength] : input;
        var phrases = new List<string>();
        foreach (Match match in Term().Matches(text))
        {
            var words = Words(match.Groups["phrase"].Success ? match.Groups["phrase"].Value : match.Value).ToList();
            if (words.Count > 0)
            {
                phrases.Add(string.Join(' ', words));
            }
            if (phrases.Count == MaxTerms)
            {
                break;
            }
        }
        return phrases;
    }

    /// <summary>The words of a text, letters and digits only, as typed.</summary>
    public static IEnumerable<string> Words(string text) => Word().Matches(text).Select(w => w.Value);

    [GeneratedRegex("\"(?<phrase>[^\"]*)\"|[^\\s\"]+")]
    private static partial Regex Term();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
