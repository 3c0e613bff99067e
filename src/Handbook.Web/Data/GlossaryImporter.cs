using Handbook.Content;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Data;

/// <summary>
/// The glossary's part of the sync: its one row, rewritten when the file changed, and an entry in
/// the search index for each term, so that a term, an abbreviation or a synonym finds it.
/// A file with errors keeps its last good version.
/// </summary>
internal sealed class GlossaryImporter(HandbookDbContext db)
{
    public async Task ImportAsync(ContentSet content, List<DocumentChange> changes, CancellationToken cancellationToken)
    {
        var stored = await db.Glossaries.ToListAsync(cancellationToken);
        var storedTerms = stored.SelectMany(g => g.Terms).ToList();
        if (content.Glossary is not { } glossary)
        {
            var removed = stored.Where(g => !content.FailedPaths.Contains(g.SourcePath)).ToList();
            db.Glossaries.RemoveRange(removed);
            changes.AddRange(removed.SelectMany(g => g.Terms).Select(Removed));
        }
        else if (stored.FirstOrDefault() is not { } row || row.ContentHash != glossary.Hash || row.SourcePath != glossary.Path)
        {
            db.Glossaries.RemoveRange(stored);
            db.Glossaries.Add(new Glossary
            {
                Title = glossary.Title, Summary = glossary.Summary, IntroHtml = glossary.IntroHtml, SourcePath = glossary.Path, ContentHash = glossary.Hash,
                Terms = [.. glossary.Entries.Select(e => new GlossaryTerm
                {
                    Term = e.Term, Anchor = e.Anchor, Also = [.. e.Also], Means = e.Means,
                    SeeKind = e.See.Kind.ToString(), SeeSlug = e.See.Slug, SeeAnchor = e.See.Anchor,
                })],
            });
            // Each entry is a page of its own in the index, at its place on the glossary page, so
            // that it ranks on its own words and a result leads straight to it.
            var anchors = glossary.Entries.Select(e => e.Anchor).ToHashSet(StringComparer.Ordinal);
            changes.AddRange(storedTerms.Where(t => !anchors.Contains(t.Anchor)).Select(Removed));
            changes.AddRange(glossary.Entries.Select(e => new DocumentChange(
                storedTerms.Any(t => t.Anchor == e.Anchor) ? ChangeKind.Updated : ChangeKind.Added, EntryPath(e.Anchor), e.Term, e.Means,
                [new SearchSection(null, null, e.Also.Count == 0 ? e.Means : $"{string.Join(", ", e.Also)}: {e.Means}")])));
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string EntryPath(string anchor) => SiteAddress.Glossary + "#" + anchor;

    private static DocumentChange Removed(GlossaryTerm term) => new(ChangeKind.Removed, EntryPath(term.Anchor), term.Term, term.Means, []);
}
