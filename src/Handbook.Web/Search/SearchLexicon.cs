using Handbook.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Search;

/// <summary>What a search result is: the kind of page it leads to.</summary>
/// <remarks>In the order a query that names two pages ranks them, and suggestions list them.</remarks>
public enum ResultKind
{
    Role,
    Skill,
    Chapter,
    Glossary,
}

/// <summary>A page with a title a reader may type, for naming it first and for suggestions as they type.</summary>
/// <param name="Words">The title's words that say what it is about (common words left out).</param>
/// <param name="AllWords">Every word of the title.</param>
public sealed record TitledPage(string Url, string Title, ResultKind Kind, IReadOnlyList<string> Words, IReadOnlyList<string> AllWords)
{
    /// <summary>The title as <see cref="SearchLexicon.Normalize"/> makes it: its words in lower case, one space apart.</summary>
    public string Normalized { get; } = string.Join(' ', AllWords);

    public static TitledPage Of(string url, string title, ResultKind kind)
    {
        var words = SearchLexicon.WordsOf(title);
        return new TitledPage(url, title, kind, [.. words.Where(w => !Spellings.IsStopWord(w))], words);
    }
}

/// <summary>A glossary entry as search reads it: every phrase that means it (the term, its abbreviations and synonyms).</summary>
public sealed record GlossaryWords(string Term, string Url, IReadOnlyList<string> Phrases);

/// <summary>
/// The words a content version gives search beyond its index: the glossary's (each abbreviation or
/// synonym stands for its term), and the title of every chapter, role, skill and glossary term.
/// </summary>
public sealed class SearchLexicon(IReadOnlyDictionary<string, GlossaryWords> glossary, IReadOnlyList<TitledPage> titles)
{
    public static readonly SearchLexicon Empty = new(new Dictionary<string, GlossaryWords>(), []);

    /// <summary>The glossary entry a phrase stands for, keyed by <see cref="Normalize"/>d phrase.</summary>
    public IReadOnlyDictionary<string, GlossaryWords> Glossary => glossary;

    public IReadOnlyList<TitledPage> Titles => titles;

    public static ResultKind KindOf(string path) =>
        path.StartsWith("/roles/", StringComparison.Ordinal) ? ResultKind.Role
        : path.StartsWith("/skills/", StringComparison.Ordinal) ? ResultKind.Skill
        : path.StartsWith(SiteAddress.Glossary, StringComparison.Ordinal) ? ResultKind.Glossary
        : ResultKind.Chapter;

    /// <summary>The words of a text, in lower case.</summary>
    public static List<string> WordsOf(string text) => [.. SearchQuery.Words(text).Select(w => w.ToLowerInvariant())];

    /// <summary>A phrase as the lexicon keys it: its words in lower case, one space apart.</summary>
    public static string Normalize(string phrase) => string.Join(' ', WordsOf(phrase));

    /// <summary>
    /// The chapter, role or skill whose whole title the query's words name, in order (common words
    /// aside): the longest such title, a role before a skill before a chapter. Null if none.
    /// </summary>
    public TitledPage? Named(IReadOnlyList<string> queryWords)
    {
        TitledPage? best = null;
        foreach (var page in titles)
        {
            if (page.Kind == ResultKind.Glossary || page.Words.Count == 0 || !Contains(queryWords, page.Words))
            {
                continue;
            }
            if (best is null || page.Words.Count > best.Words.Count || (page.Words.Count == best.Words.Count && page.Kind < best.Kind))
            {
                best = page;
            }
        }
        return best;
    }

    /// <summary>Pages whose title has a word starting with each word typed (the last may be half typed), titles that start with it first.</summary>
    public IReadOnlyList<TitledPage> Suggest(string typed, int limit)
    {
        var words = WordsOf(typed);
        if (words.Count == 0)
        {
            return [];
        }
        var prefix = string.Join(' ', words);
        return titles
            .Where(t => words.All(w => t.AllWords.Any(tw => tw.StartsWith(w, StringComparison.Ordinal))))
            .OrderBy(t => t.Normalized.StartsWith(prefix, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(t => t.Kind)
            .ThenBy(t => t.Title.Length)
            .Take(limit)
            .ToList();
    }

    /// <summary>Whether <paramref name="needle"/> appears in <paramref name="words"/> as a run.</summary>
    private static bool Contains(IReadOnlyList<string> words, IReadOnlyList<string> needle)
    {
        for (var start = 0; start + needle.Count <= words.Count; start++)
        {
            var all = true;
            for (var i = 0; i < needle.Count && all; i++)
            {
                all = words[start + i] == needle[i];
            }
            if (all)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Reads the lexicon of the store's current content.</summary>
    public static async Task<SearchLexicon> ReadAsync(HandbookDbContext db, CancellationToken cancellationToken)
    {
        var titles = new List<TitledPage>();
        foreach (var role in await db.Roles.AsNoTracking().Select(r => new { r.Slug, r.Title }).ToListAsync(cancellationToken))
        {
            titles.Add(TitledPage.Of(SiteAddress.Role(role.Slug), role.Title, ResultKind.Role));
        }
        foreach (var skill in await db.Skills.AsNoTracking().Select(s => new { s.Slug, s.Title }).ToListAsync(cancellationToken))
        {
            titles.Add(TitledPage.Of(SiteAddress.Skill(skill.Slug), skill.Title, ResultKind.Skill));
        }
        foreach (var page in await db.Pages.AsNoTracking().Select(p => new { p.Slug, p.Title }).ToListAsync(cancellationToken))
        {
            titles.Add(TitledPage.Of(SiteAddress.Chapter(page.Slug), page.Title, ResultKind.Chapter));
        }
        var glossary = new Dictionary<string, GlossaryWords>(StringComparer.Ordinal);
        foreach (var term in (await db.Glossaries.AsNoTracking().OrderBy(g => g.Id).FirstOrDefaultAsync(cancellationToken))?.Terms ?? [])
        {
            var url = SiteAddress.Glossary + "#" + term.Anchor;
            var words = new GlossaryWords(term.Term, url, [term.Term, .. term.Also]);
            foreach (var phrase in words.Phrases)
            {
                glossary.TryAdd(Normalize(phrase), words);
            }
            titles.Add(TitledPage.Of(url, term.Term, ResultKind.Glossary));
        }
        return new SearchLexicon(glossary, titles);
    }
}
