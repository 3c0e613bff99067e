using System.Text.RegularExpressions;

namespace Handbook.Web.Search;

/// <summary>
/// Turns what a reader typed into a safe FTS5 query: words and "quoted phrases" only, each quoted,
/// so that no input (operators, stray quotes, SQL, emoji, a page of text) can break the query.
/// </summary>
public static partial class SearchQuery
{
    public const int MaxInputLength = 200;
    public const int MaxTerms = 12;

    /// <summary>The FTS5 expression that finds rows with every term, or null if there is nothing to search for.</summary>
    public static string? ToMatchExpression(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }
        var text = input.Length > MaxInputLength ? input[..MaxInputLength] : input;
        var terms = new List<string>();
        foreach (Match match in Term().Matches(text))
        {
            var words = Word().Matches(match.Groups["phrase"].Success ? match.Groups["phrase"].Value : match.Value)
                .Select(w => w.Value)
                .ToList();
            if (words.Count > 0)
            {
                terms.Add("\"" + string.Join(' ', words) + "\"");
            }
            if (terms.Count == MaxTerms)
            {
                break;
            }
        }
        return terms.Count == 0 ? null : string.Join(' ', terms);
    }

    [GeneratedRegex("\"(?<phrase>[^\"]*)\"|[^\\s\"]+")]
    private static partial Regex Term();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
