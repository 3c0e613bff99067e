namespace Handbook.Web.Search;

/// <summary>
/// What a query asks the index for, worked out from the phrases typed: common words left out (unless
/// nothing else is typed); a run of words the glossary knows becomes one group of every phrase that
/// means the same; any other word finds itself or its other spelling.
/// </summary>
/// <param name="Words">The query's words that say what it is about, in order, lower case: for naming a page by its title.</param>
/// <param name="Typed">Every word as typed, for "Did you mean".</param>
/// <param name="GlossaryTerms">The glossary entries the query names.</param>
public sealed record SearchPlan(SearchTerms Terms, IReadOnlyList<string> Words, IReadOnlyList<string> Typed, IReadOnlyList<GlossaryWords> GlossaryTerms)
{
    /// <summary>The longest run of phrases looked up in the glossary.</summary>
    private const int LongestTerm = 6;

    public static SearchPlan Of(IReadOnlyList<string> phrases, SearchLexicon lexicon)
    {
        var groups = new List<IReadOnlyList<string>>();
        var glossary = new List<GlossaryWords>();
        for (var i = 0; i < phrases.Count;)
        {
            var matched = false;
            for (var length = Math.Min(LongestTerm, phrases.Count - i); length >= 1 && !matched; length--)
            {
                if (lexicon.Glossary.TryGetValue(SearchLexicon.Normalize(string.Join(' ', phrases.Skip(i).Take(length))), out var entry))
                {
                    groups.Add([.. entry.Phrases.SelectMany(WithOtherSpelling).Distinct(StringComparer.OrdinalIgnoreCase)]);
                    glossary.Add(entry);
                    i += length;
                    matched = true;
                }
            }
            if (!matched)
            {
                var phrase = phrases[i++];
                if (!Spellings.IsStopWord(phrase))
                {
                    groups.Add([.. WithOtherSpelling(phrase)]);
                }
            }
        }
        if (groups.Count == 0)
        {
            groups.AddRange(phrases.Select(p => (IReadOnlyList<string>)[p]));
        }
        var words = phrases.SelectMany(SearchLexicon.WordsOf).ToList();
        return new SearchPlan(new SearchTerms(groups), [.. words.Where(w => !Spellings.IsStopWord(w))], words, glossary);
    }

    /// <summary>For a query that is one glossary entry and nothing else, such as "APM", the page its term names, if any.</summary>
    public TitledPage? NamedByGlossary(SearchLexicon lexicon) =>
        GlossaryTerms.Count == 1 && Terms.Groups.Count == 1 ? lexicon.Named(SearchLexicon.WordsOf(GlossaryTerms[0].Term).Where(w => !Spellings.IsStopWord(w)).ToList()) : null;

    /// <summary>The phrase, and the phrase with each word in its other spelling where that differs.</summary>
    private static IEnumerable<string> WithOtherSpelling(string phrase)
    {
        yield return phrase;
        var words = phrase.Split(' ');
        var other = string.Join(' ', words.Select(w => Spellings.Other(w) ?? w));
        if (!string.Equals(other, phrase, StringComparison.OrdinalIgnoreCase))
        {
            yield return other;
        }
    }
}
