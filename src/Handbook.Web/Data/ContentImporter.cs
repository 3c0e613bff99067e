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
/// One sync's import: brings the store in line with a read of the content folder, in one
/// transaction under the store's import lock, from <see cref="BeginAsync"/> to
/// <see cref="FinishAsync"/>. Parts are written here, chapters through <see cref="ChapterImporter"/>,
/// roles and skills through <see cref="PathwayImporter"/>, then the search index, the feed of
/// changes, the errors and the version. A file whose hash is unchanged is not rewritten; a file with
/// errors keeps its last good version; importing the same set twice changes nothing.
/// </summary>
/// <remarks>
/// The read holds chapters as outlines, so that thousands of them stay small. The import says which
/// chapters it will write (<see cref="ChaptersToRead"/>), and is handed them whole, as a stream read
/// a batch at a time (<see cref="ContentLoader.ReadInFull(string, IReadOnlyList{ChapterDocument})"/>):
/// it never asks the content library for anything itself.
/// </remarks>
public sealed class ContentImporter : IAsyncDisposable
{
    private readonly HandbookDbContext _db;
    private readonly ContentSet _content;
    private readonly bool _rehearsal;
    private readonly DateTimeOffset _now;
    private readonly IAsyncDisposable _importLock;
    private readonly IDbContextTransaction _transaction;
    private readonly ChapterImporter _chapters;
    private string? _keptVersion;
    private List<ChapterImporter.ChapterToWrite> _toWrite = [];

    private ContentImporter(HandbookDbContext db, ContentSet content, bool rehearsal, DateTimeOffset now, IAsyncDisposable importLock, IDbContextTransaction transaction)
    {
        _db = db;
        _content = content;
        _rehearsal = rehearsal;
        _now = now;
        _importLock = importLock;
        _transaction = transaction;
        _chapters = new ChapterImporter(db);
    }

    /// <summary>The chapters this import writes, in the order it is to be handed them whole; none when the store is kept as it is.</summary>
    public IReadOnlyList<ChapterDocument> ChaptersToRead => [.. _toWrite.Select(c => c.Outline)];

    /// <summary>
    /// Takes the import lock, opens the transaction and works out what the read changes: the parts
    /// are written, and the chapters to write are known.
    /// </summary>
    /// <param name="compareEveryFile">
    /// Compare every file with the store even when the store already holds the set's version (which
    /// otherwise ends the import at once).
    /// </param>
    /// <param name="rehearsal">
    /// Import the set as a sync after an edit of its first chapter would, that chapter written again
    /// whole, then roll it all back: the store is left as it was. EF Core compiles its update of a
    /// chapter the first time it makes one; a rehearsal in the background after start-up spares an
    /// author's first save that wait.
    /// </param>
    public static async Task<ContentImporter> BeginAsync(
        HandbookDbContext db, TimeProvider time, ContentSet content, bool compareEveryFile, bool rehearsal, CancellationToken cancellationToken)
    {
        var importLock = await db.LockAsync(StoreLock.ContentImport, cancellationToken);
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var import = new ContentImporter(db, content, rehearsal, time.GetUtcNow(), importLock, transaction);
        await import.PlanAsync(compareEveryFile, cancellationToken);
        return import;
    }

    private async Task PlanAsync(bool compareEveryFile, CancellationToken cancellationToken)
    {
        if (_content.FolderUnreadable)
        {
            _keptVersion = await StoredVersionAsync(cancellationToken) ?? "";
            return;
        }
        if (!compareEveryFile && await StoredVersionAsync(cancellationToken) == _content.Version)
        {
            // The store holds this very read of the folder (the version covers every file's path and
            // text): a restart with unchanged content rewrites nothing.
            _keptVersion = _content.Version;
            return;
        }
        var parts = await SyncPartsAsync(_content, cancellationToken);
        await _db.SaveChangesAsync(cancellationToken);
        var rewrite = _rehearsal && _content.Chapters.Count > 0 ? _content.Chapters[0] : null;
        _toWrite = await _chapters.ChangedAsync(_content, parts.ToDictionary(p => p.Key, p => p.Value.Id), rewrite, cancellationToken);
    }

    /// <summary>Writes the rest, given the chapters of <see cref="ChaptersToRead"/> whole and in that order, and commits (a rehearsal rolls back).</summary>
    /// <param name="chaptersInFull">Each chapter read in full, or null where its file changed again since the read.</param>
    public async Task<SyncResult> FinishAsync(IEnumerable<ChapterDocument?> chaptersInFull, CancellationToken cancellationToken)
    {
        if (_keptVersion is { } version)
        {
            return await KeepStoreAsync(version, cancellationToken);
        }
        var changes = new List<DocumentChange>();
        await _chapters.WriteAsync(_toWrite, chaptersInFull, changes, cancellationToken);
        var otherChanges = new List<DocumentChange>();
        await _chapters.RemoveStaleAsync(_content, otherChanges, cancellationToken);
        await RemoveStalePartsAsync(_content, cancellationToken);
        await new PathwayImporter(_db).ImportAsync(_content, otherChanges, cancellationToken);
        await new GlossaryImporter(_db).ImportAsync(_content, otherChanges, cancellationToken);
        await _chapters.RenumberAsync(cancellationToken);
        await _db.FullText.ApplyAsync(otherChanges, cancellationToken);
        changes.AddRange(otherChanges);
        await RecordIssuesAsync(_content.Errors, cancellationToken);
        // A rehearsal records a version of its own, as an edit records a new one.
        await RecordVersionAsync(_rehearsal ? _content.Version + "-rehearsal" : _content.Version, _now, cancellationToken);
        await _db.SaveChangesAsync(cancellationToken);

        if (_rehearsal)
        {
            await _transaction.RollbackAsync(cancellationToken);
            _db.ChangeTracker.Clear();
            return new SyncResult([], _content.Errors, _content.Version); // not read: nothing was kept
        }
        await _transaction.CommitAsync(cancellationToken);
        _db.ChangeTracker.Clear();
        return new SyncResult(changes, _content.Errors, _content.Version);
    }

    /// <summary>Ends the transaction (rolled back if not committed) and releases the import lock.</summary>
    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _importLock.DisposeAsync();
    }

    /// <summary>
    /// Keeps the store's content as it is and records only the errors: when nothing of the handbook
    /// could be read (most likely a wrong folder, so nothing is removed and the errors say why), or
    /// when the store already holds this read of the folder (whose errors may differ from the last
    /// sync's, after a spell when the folder could not be read).
    /// </summary>
    /// <param name="version">The content version the store holds.</param>
    private async Task<SyncResult> KeepStoreAsync(string version, CancellationToken cancellationToken)
    {
        await RecordIssuesAsync(_content.Errors, cancellationToken);
        await _db.SaveChangesAsync(cancellationToken);
        await _transaction.CommitAsync(cancellationToken);
        _db.ChangeTracker.Clear();
        return new SyncResult([], _content.Errors, version);
    }

    private Task<string?> StoredVersionAsync(CancellationToken cancellationToken) =>
        _db.ContentStates.AsNoTracking().Where(s => s.Id == ContentState.SingletonId).Select(s => s.Version).FirstOrDefaultAsync(cancellationToken);

    /// <returns>The part entities by the folder their file is in, for placing chapters.</returns>
    private async Task<Dictionary<string, Part>> SyncPartsAsync(ContentSet content, CancellationToken cancellationToken)
    {
        var existing = await _db.Parts.ToDictionaryAsync(p => p.Slug, StringComparer.Ordinal, cancellationToken);
        var byFolder = new Dictionary<string, Part>(StringComparer.Ordinal);
        foreach (var document in content.Parts)
        {
            if (!existing.TryGetValue(document.Slug, out var part))
            {
                part = new Part { Slug = document.Slug, Title = "", Summary = "", IntroHtml = "", SourcePath = "", ContentHash = "" };
                _db.Parts.Add(part);
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
        await _db.Parts
            .Where(p => !current.Contains(p.Slug) && !failed.Contains(p.SourcePath) && !p.Pages.Any())
            .ExecuteDeleteAsync(cancellationToken);
    }

    private async Task RecordIssuesAsync(IReadOnlyList<ContentError> errors, CancellationToken cancellationToken)
    {
        var recorded = await _db.ContentIssues.OrderBy(i => i.Id).ToListAsync(cancellationToken);
        if (recorded.Select(i => new ContentError(i.Path, i.Line, i.Message)).SequenceEqual(errors))
        {
            return;
        }
        _db.ContentIssues.RemoveRange(recorded);
        _db.ContentIssues.AddRange(errors.Select(e => new ContentIssue { Path = e.Path, Line = e.Line, Message = e.Message }));
    }

    private async Task RecordVersionAsync(string version, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var state = await _db.ContentStates.FindAsync([ContentState.SingletonId], cancellationToken);
        if (state is null)
        {
            _db.ContentStates.Add(new ContentState { Version = version, SyncedAt = now });
        }
        else if (state.Version != version)
        {
            state.Version = version;
            state.SyncedAt = now;
        }
    }
}
