using Handbook.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Handbook.Web.Data;

/// <summary>What one sync changed in the store.</summary>
public sealed record SyncResult(IReadOnlyList<DocumentChange> Changes, IReadOnlyList<ContentError> Errors, string Version)
{
    public int Added => Changes.Count(c => c.Kind == ChangeKind.Added);
    public int Updated => Changes.Count(c => c.Kind == ChangeKind.Updated);
    public int Removed => Changes.Count(c => c.Kind == ChangeKind.Removed);
}

/// <summary>
/// Brings the store in line with a read of the content folder, in one transaction under the store's
/// import lock: parts here, chapters by <see cref="ChapterImporter"/>, roles and skills by
/// <see cref="PathwayImporter"/>, then the search index, the feed of changes, the errors and the
/// version. A file whose hash is unchanged is not rewritten; a file with errors keeps its last good
/// version; importing the same set twice changes nothing.
/// </summary>
/// <param name="readInFull">Reads a chapter of the set in full (see <see cref="ContentLoader.ReadInFull"/>).</param>
public sealed class ContentImporter(HandbookDbContext db, TimeProvider time, Func<ChapterDocument, ChapterDocument?> readInFull)
{
    /// <param name="compareEveryFile">
    /// Compare every file with the store even when the store already holds the set's version (which
    /// otherwise ends the import at once).
    /// </param>
    public Task<SyncResult> ImportAsync(ContentSet content, bool compareEveryFile = false, CancellationToken cancellationToken = default) =>
        ImportAsync(content, compareEveryFile, rehearsal: false, cancellationToken);

    /// <summary>
    /// Imports the set as a sync after an edit of its first chapter would, that chapter written again
    /// whole, then rolls it all back: the store is left as it was. EF Core compiles its update of a
    /// chapter the first time it makes one (60–90 ms); a rehearsal in the background after start-up
    /// spares an author's first save that wait.
    /// </summary>
    public Task RehearseEditAsync(ContentSet content, CancellationToken cancellationToken = default) =>
        content.FolderUnreadable ? Task.CompletedTask : ImportAsync(content, compareEveryFile: true, rehearsal: true, cancellationToken);

    private async Task<SyncResult> ImportAsync(ContentSet content, bool compareEveryFile, bool rehearsal, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var importLock = await db.LockAsync(StoreLock.ContentImport, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (content.FolderUnreadable)
        {
            return await KeepStoreAsync(content, await StoredVersionAsync(cancellationToken) ?? "", transaction, cancellationToken);
        }
        if (!compareEveryFile && await StoredVersionAsync(cancellationToken) == content.Version)
        {
            // The store holds this very read of the folder (the version covers every file's path and
            // text): a restart with unchanged content rewrites nothing.
            return await KeepStoreAsync(content, content.Version, transaction, cancellationToken);
        }

        var changes = new List<DocumentChange>();
        var parts = await SyncPartsAsync(content, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var rewrite = rehearsal && content.Chapters.Count > 0 ? content.Chapters[0] : null;
        var chapters = new ChapterImporter(db, readInFull);
        await chapters.UpsertAsync(content, parts.ToDictionary(p => p.Key, p => p.Value.Id), rewrite, now, changes, cancellationToken);
        var otherChanges = new List<DocumentChange>();
        await chapters.RemoveStaleAsync(content, otherChanges, cancellationToken);
        await RemoveStalePartsAsync(content, cancellationToken);
        await new PathwayImporter(db).ImportAsync(content, now, otherChanges, cancellationToken);
        await chapters.RenumberAsync(cancellationToken);
        await db.FullText.ApplyAsync(otherChanges, cancellationToken);
        changes.AddRange(otherChanges);
        db.PageChanges.AddRange(changes.Select(c => new PageChange { Kind = c.Kind, Path = c.Path, Title = c.Title, Summary = c.Summary, ChangedAt = now }));
        await RecordIssuesAsync(content.Errors, cancellationToken);
        // A rehearsal records a version of its own, as an edit records a new one.
        await RecordVersionAsync(rehearsal ? content.Version + "-rehearsal" : content.Version, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        if (rehearsal)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return new SyncResult([], content.Errors, content.Version); // not read: nothing was kept
        }
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new SyncResult(changes, content.Errors, content.Version);
    }

    /// <summary>
    /// Keeps the store's content as it is and records only the errors: when nothing of the handbook
    /// could be read (most likely a wrong folder, so nothing is removed and the errors say why), or
    /// when the store already holds this read of the folder (whose errors may differ from the last
    /// sync's, after a spell when the folder could not be read).
    /// </summary>
    /// <param name="version">The content version the store holds.</param>
    private async Task<SyncResult> KeepStoreAsync(ContentSet content, string version, IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        await RecordIssuesAsync(content.Errors, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new SyncResult([], content.Errors, version);
    }

    private Task<string?> StoredVersionAsync(CancellationToken cancellationToken) =>
        db.ContentStates.AsNoTracking().Where(s => s.Id == ContentState.SingletonId).Select(s => s.Version).FirstOrDefaultAsync(cancellationToken);

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

    private async Task RemoveStalePartsAsync(ContentSet content, CancellationToken cancellationToken)
    {
        var current = content.Parts.Select(p => p.Slug).ToList();
        var failed = content.FailedPaths.ToList();
        await db.Parts
            .Where(p => !current.Contains(p.Slug) && !failed.Contains(p.SourcePath) && !p.Pages.Any())
            .ExecuteDeleteAsync(cancellationToken);
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
