using Handbook.Content;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Data;

/// <summary>
/// The chapters' part of a sync (<see cref="ContentImporter"/>): says which chapters are new or
/// changed, writes them with their headings and reading lists when handed them whole, removes those
/// whose file is gone, and numbers them in reading order.
/// </summary>
internal sealed class ChapterImporter(HandbookDbContext db)
{
    /// <summary>
    /// A batch is written and indexed together, so that a first import of thousands of chapters never
    /// holds them all (or EF Core's record of them) in memory at once.
    /// </summary>
    private const int BatchSize = ContentLoader.ReadBatchSize;

    /// <summary>A chapter to write: its outline, the part it goes in, and its row if the store has one.</summary>
    public sealed record ChapterToWrite(ChapterDocument Outline, int PartId, StoredPage? Stored);

    /// <summary>The chapters whose file is new or changed (or moved), in the set's order.</summary>
    /// <param name="rewrite">A chapter to write again even if unchanged (a rehearsal's), or null.</param>
    public async Task<List<ChapterToWrite>> ChangedAsync(
        ContentSet content, Dictionary<string, int> partIdsByFolder, ChapterDocument? rewrite, CancellationToken cancellationToken)
    {
        // What is needed to tell whether a page changed, and to write a changed one without reading it.
        var existing = await db.Pages.AsNoTracking()
            .Select(p => new StoredPage(p.Id, p.Slug, p.ContentHash, p.SourcePath, p.PartId, p.Sequence))
            .ToDictionaryAsync(p => p.Slug, StringComparer.Ordinal, cancellationToken);
        return content.Chapters
            .Select(outline => new ChapterToWrite(outline, partIdsByFolder[outline.Folder], existing.GetValueOrDefault(outline.Slug)))
            .Where(c => c.Stored is null || c.Stored.ContentHash != c.Outline.Hash || c.Stored.SourcePath != c.Outline.Path || c.Stored.PartId != c.PartId
                || ReferenceEquals(c.Outline, rewrite))
            .ToList();
    }

    /// <summary>Writes the chapters <see cref="ChangedAsync"/> named, given them whole in the same order, a batch at a time.</summary>
    /// <param name="chaptersInFull">Each chapter read in full, or null where its file changed again since the read.</param>
    /// <param name="changes">Gets what changed, without the search text (already indexed).</param>
    public async Task WriteAsync(
        IReadOnlyList<ChapterToWrite> toWrite, IEnumerable<ChapterDocument?> chaptersInFull, List<DocumentChange> changes,
        CancellationToken cancellationToken)
    {
        var batch = new List<DocumentChange>();
        foreach (var chunk in toWrite.Zip(chaptersInFull).Chunk(BatchSize))
        {
            foreach (var ((_, partId, stored), read) in chunk)
            {
                if (read is not { } chapter)
                {
                    continue; // changed again since it was read: the sync that change sets off brings it in
                }
                Page page;
                if (stored is not null)
                {
                    // Written whole from what the store's outline says of it rather than read first, and its
                    // old reading list deleted with a plain statement (its headings are JSON in its row): the first edit after
                    // start-up compiles no LINQ query that the start-up import had not already compiled.
                    page = new Page
                    {
                        Id = stored.Id, Slug = stored.Slug, Sequence = stored.Sequence,
                        ContentHash = stored.ContentHash, SourcePath = stored.SourcePath, Title = "", Summary = "", IntroHtml = "",
                    };
                    db.Pages.Update(page);
                    await DeleteReadingOfPageAsync(page.Id, cancellationToken);
                    batch.Add(new DocumentChange(ChangeKind.Updated, SiteAddress.Chapter(chapter.Slug), chapter.Title, chapter.Summary, chapter.Sections));
                }
                else
                {
                    page = new Page { Slug = chapter.Slug, Title = "", Summary = "", IntroHtml = "", SourcePath = "", ContentHash = "" };
                    db.Pages.Add(page);
                    batch.Add(new DocumentChange(ChangeKind.Added, SiteAddress.Chapter(chapter.Slug), chapter.Title, chapter.Summary, chapter.Sections));
                }
                Fill(page, chapter, partId);
            }
            await SaveBatchAsync(batch, changes, cancellationToken);
        }
    }

    /// <summary>Deletes a page's reading items, with the table and column named as the model names them.</summary>
    private Task<int> DeleteReadingOfPageAsync(int pageId, CancellationToken cancellationToken)
    {
        var child = db.Model.FindEntityType(typeof(ReadingItem))!;
        var table = child.GetTableName();
        var column = child.FindProperty(nameof(ReadingItem.PageId))!.GetColumnName();
        // Quoted identifiers, as SQLite and PostgreSQL both read them, taken from the model; the page's
        // id is a parameter. Nothing here comes from outside, so EF1003's warning does not apply.
#pragma warning disable EF1003
        return db.Database.ExecuteSqlRawAsync("DELETE FROM \"" + table + "\" WHERE \"" + column + "\" = {0}", [pageId], cancellationToken);
#pragma warning restore EF1003
    }

    private async Task SaveBatchAsync(List<DocumentChange> batch, List<DocumentChange> changes, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await db.FullText.ApplyAsync(batch, cancellationToken);
        changes.AddRange(batch.Select(c => c with { Sections = [] }));
        batch.Clear();
    }

    private static void Fill(Page page, ChapterDocument chapter, int partId)
    {
        page.LastUpdated = ContentDates.Latest(chapter.Updated, chapter.Changes);
        page.PartId = partId;
        page.Title = chapter.Title;
        page.Order = chapter.Order;
        page.Summary = chapter.Summary;
        page.IntroHtml = chapter.Prose.Intro;
        page.Roles = [.. chapter.Roles.Select(r => r.Slug)];
        page.Aliases = [.. chapter.Aliases.Select(a => a.Slug)];
        page.SourcePath = chapter.Path;
        page.ContentHash = chapter.Hash;
        page.PrintIntroHtml = chapter.Print.Intro;
        page.Changes = PathwayImporter.StoredChanges(chapter.Changes);
        page.Headings = StoredHeading.From(chapter.Headings, chapter.Prose, chapter.Print,
            anchor => Excerpt(chapter.Sections.FirstOrDefault(s => s.Anchor == anchor)?.Text ?? ""));
        page.ReadingItems = chapter.Reading
            .Select((r, i) => new ReadingItem
            {
                Position = i, List = r.List, Title = r.Title, Author = r.Author, Url = r.Url, Kind = r.Kind, Note = r.Note, IsDead = r.IsDead,
            })
            .ToList();
    }

    /// <summary>The start of a section's text, cut at a word, for link previews of a heading.</summary>
    private static string Excerpt(string text)
    {
        const int Length = 160;
        if (text.Length <= Length)
        {
            return text;
        }
        var cut = text.LastIndexOf(' ', Length);
        return text[..(cut > 80 ? cut : Length)] + "…";
    }

    /// <summary>Removes pages whose file is gone or now has another slug; pages whose file failed stay.</summary>
    public async Task RemoveStaleAsync(ContentSet content, List<DocumentChange> changes, CancellationToken cancellationToken)
    {
        var current = content.Chapters.Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);
        var stale = (await db.Pages.Select(p => new { p.Id, p.Slug, p.Title, p.Summary, p.SourcePath }).ToListAsync(cancellationToken))
            .Where(p => !current.Contains(p.Slug) && !content.FailedPaths.Contains(p.SourcePath))
            .ToList();
        if (stale.Count > 0)
        {
            var ids = stale.Select(p => p.Id).ToList();
            await db.Pages.Where(p => ids.Contains(p.Id)).ExecuteDeleteAsync(cancellationToken);
            changes.AddRange(stale.Select(p => new DocumentChange(ChangeKind.Removed, SiteAddress.Chapter(p.Slug), p.Title, p.Summary, [])));
        }
    }

    /// <summary>What the store holds of a page, to tell a change and to write one without reading the page.</summary>
    public sealed record StoredPage(int Id, string Slug, string ContentHash, string SourcePath, int PartId, int Sequence);

    /// <summary>Gives every page its place in reading order: parts by order, then chapters by order.</summary>
    public async Task RenumberAsync(CancellationToken cancellationToken)
    {
        var order = await db.Pages.AsNoTracking()
            .OrderBy(p => p.Part.Order).ThenBy(p => p.Order).ThenBy(p => p.Slug)
            .Select(p => new { p.Id, p.Sequence })
            .ToListAsync(cancellationToken);
        for (var i = 0; i < order.Count; i++)
        {
            if (order[i].Sequence != i + 1)
            {
                var (id, sequence) = (order[i].Id, i + 1);
                await db.Pages.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Sequence, sequence), cancellationToken);
            }
        }
    }
}
