using Handbook.Content;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Data;

/// <summary>What one sync changed in the store.</summary>
public sealed record SyncResult(int Added, int Updated, int Removed, IReadOnlyList<ContentError> Errors, string Version)
{
    public bool ChangedPages => Added + Updated + Removed > 0;
}

/// <summary>
/// Brings the store in line with a read of the content folder. A file whose hash is unchanged is
/// not rewritten; a file with errors keeps its last good version; importing the same set twice
/// changes nothing.
/// </summary>
public sealed class ContentImporter(HandbookDbContext db, TimeProvider time)
{
    public async Task<SyncResult> ImportAsync(ContentSet content, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var parts = await SyncPartsAsync(content, cancellationToken);
        var (added, updated) = await UpsertPagesAsync(content, parts, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var removed = await RemoveStalePagesAsync(content, cancellationToken);
        await RemoveStalePartsAsync(content, cancellationToken);
        var pathway = await new PathwayImporter(db).ImportAsync(content, now, cancellationToken);
        added += pathway.Added;
        updated += pathway.Updated;
        removed += pathway.Removed;
        await RenumberAsync(cancellationToken);
        await RecordIssuesAsync(content.Errors, cancellationToken);
        await RecordVersionAsync(content.Version, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new SyncResult(added, updated, removed, content.Errors, content.Version);
    }

    /// <returns>The part entities by the folder their file is in, for placing chapters.</returns>
    private async Task<Dictionary<string, Part>> SyncPartsAsync(ContentSet content, CancellationToken cancellationToken)
    {
        var existing = await db.Parts.ToDictionaryAsync(p => p.Slug, StringComparer.Ordinal, cancellationToken);
        var byFolder = new Dictionary<string, Part>(StringComparer.Ordinal);
        foreach (var document in content.Parts)
        {
            if (!existing.TryGetValue(document.Slug, out var part))
            {
                part = new Part { Slug = document.Slug, Title = "", Summary = "", IntroHtml = "", SourcePath = "", ContentHash = "" };
                db.Parts.Add(part);
            }
            if (part.ContentHash != document.Hash || part.SourcePath != document.Path)
            {
                part.Title = document.Title;
                part.Order = document.Order;
                part.Summary = document.Summary;
                part.IntroHtml = document.IntroHtml;
                part.SourcePath = document.Path;
                part.ContentHash = document.Hash;
            }
            byFolder[document.Folder] = part;
        }
        return byFolder;
    }

    private async Task<(int Added, int Updated)> UpsertPagesAsync(
        ContentSet content, Dictionary<string, Part> partsByFolder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await db.Pages.ToDictionaryAsync(p => p.Slug, StringComparer.Ordinal, cancellationToken);
        int added = 0, updated = 0;
        foreach (var chapter in content.Chapters)
        {
            var part = partsByFolder[chapter.Folder];
            if (existing.TryGetValue(chapter.Slug, out var page))
            {
                if (page.ContentHash == chapter.Hash && page.SourcePath == chapter.Path && page.PartId == part.Id)
                {
                    continue;
                }
                await db.PageHeadings.Where(h => h.PageId == page.Id).ExecuteDeleteAsync(cancellationToken);
                await db.ReadingItems.Where(r => r.PageId == page.Id).ExecuteDeleteAsync(cancellationToken);
                updated++;
            }
            else
            {
                page = new Page { Slug = chapter.Slug, Title = "", Summary = "", Html = "", SourcePath = "", ContentHash = "" };
                db.Pages.Add(page);
                added++;
            }

            if (page.ContentHash != chapter.Hash)
            {
                page.UpdatedAt = now;
            }
            page.Part = part;
            page.Title = chapter.Title;
            page.Order = chapter.Order;
            page.Summary = chapter.Summary;
            page.Html = chapter.Html;
            page.Roles = [.. chapter.Roles.Select(r => r.Slug)];
            page.Aliases = [.. chapter.Aliases];
            page.SourcePath = chapter.Path;
            page.ContentHash = chapter.Hash;
            page.Headings = chapter.Headings
                .Select((h, i) => new PageHeading { Position = i, Level = h.Level, Text = h.Text, Anchor = h.Anchor, SectionMarkdown = h.SectionMarkdown })
                .ToList();
            page.ReadingItems = chapter.Reading
                .Select((r, i) => new ReadingItem
                {
                    Position = i, List = r.List, Title = r.Title, Author = r.Author, Url = r.Url, Kind = r.Kind, Note = r.Note, IsDead = r.IsDead,
                })
                .ToList();
        }
        return (added, updated);
    }

    /// <summary>Removes pages whose file is gone or now has another slug; pages whose file failed stay.</summary>
    private async Task<int> RemoveStalePagesAsync(ContentSet content, CancellationToken cancellationToken)
    {
        var current = content.Chapters.Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);
        var stale = (await db.Pages.Select(p => new { p.Id, p.Slug, p.SourcePath }).ToListAsync(cancellationToken))
            .Where(p => !current.Contains(p.Slug) && !content.FailedPaths.Contains(p.SourcePath))
            .Select(p => p.Id)
            .ToList();
        if (stale.Count > 0)
        {
            await db.Pages.Where(p => stale.Contains(p.Id)).ExecuteDeleteAsync(cancellationToken);
        }
        return stale.Count;
    }

    private async Task RemoveStalePartsAsync(ContentSet content, CancellationToken cancellationToken)
    {
        var current = content.Parts.Select(p => p.Slug).ToList();
        var failed = content.FailedPaths.ToList();
        await db.Parts
            .Where(p => !current.Contains(p.Slug) && !failed.Contains(p.SourcePath) && !p.Pages.Any())
            .ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Gives every page its place in reading order: parts by order, then chapters by order.</summary>
    private async Task RenumberAsync(CancellationToken cancellationToken)
    {
        var pages = await db.Pages
            .OrderBy(p => p.Part.Order).ThenBy(p => p.Order).ThenBy(p => p.Slug)
            .ToListAsync(cancellationToken);
        for (var i = 0; i < pages.Count; i++)
        {
            pages[i].Sequence = i + 1;
        }
    }

    private async Task RecordIssuesAsync(IReadOnlyList<ContentError> errors, CancellationToken cancellationToken)
    {
        var recorded = await db.ContentIssues.OrderBy(i => i.Id).ToListAsync(cancellationToken);
        if (recorded.Select(i => new ContentError(i.Path, i.Line, i.Message)).SequenceEqual(errors))
        {
            return;
        }
        db.ContentIssues.RemoveRange(recorded);
        db.ContentIssues.AddRange(errors.Select(e => new ContentIssue { Path = e.Path, Line = e.Line, Message = e.Message }));
    }

    private async Task RecordVersionAsync(string version, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var state = await db.ContentStates.FindAsync([ContentState.SingletonId], cancellationToken);
        if (state is null)
        {
            db.ContentStates.Add(new ContentState { Version = version, SyncedAt = now });
        }
        else if (state.Version != version)
        {
            state.Version = version;
            state.SyncedAt = now;
        }
    }
}
