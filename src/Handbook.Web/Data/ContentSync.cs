using Handbook.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Handbook.Web.Data;

/// <summary>
/// Reads the content folder and imports it into the store, one sync at a time. Used at start-up,
/// by the file watcher and by tests.
/// </summary>
public sealed partial class ContentSync(
    IServiceScopeFactory scopes,
    ContentLoader loader,
    IOptions<HandbookOptions> options,
    IHostEnvironment environment,
    TimeProvider time,
    ILogger<ContentSync> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Called by the container when the app stops.</summary>
    public void Dispose() => _gate.Dispose();

    /// <summary>The version of the content the store holds, after the last sync (empty before the first).</summary>
    public string CurrentVersion { get; private set; } = "";

    /// <summary>The content folder, as an absolute path.</summary>
    public string ContentPath { get; } = Path.GetFullPath(options.Value.ContentPath, environment.ContentRootPath);

    public Task<SyncResult> SyncAsync(CancellationToken cancellationToken = default) => SyncAsync(compareEveryFile: false, cancellationToken);

    /// <param name="compareEveryFile">Compare every file with the store even when it holds the folder's version.</param>
    public async Task<SyncResult> SyncAsync(bool compareEveryFile, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HandbookDbContext>();
            var started = time.GetTimestamp();
            var content = await LoadAsync(db, cancellationToken);
            var result = await ImportAsync(db, content, compareEveryFile, rehearsal: false, cancellationToken);
            // The page cache keeps pages per version: a new one drops them all (Caching.PageCache).
            CurrentVersion = result.Version;

            foreach (var error in result.Errors)
            {
                LogContentError(error.Path, error.Line, error.Message);
            }
            var milliseconds = (long)time.GetElapsedTime(started).TotalMilliseconds;
            var (added, updated, removed) = (result.Added, result.Updated, result.Removed);
            LogSynced(ContentPath, result.Version, added, updated, removed, result.Errors.Count, milliseconds);
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Rehearses the sync that follows an edit, then rolls it back (see <see cref="ContentImporter.BeginAsync"/>):
    /// run by the watcher once it is watching, so that an author's first save after a restart is not
    /// the first time the app writes a chapter.
    /// </summary>
    public async Task RehearseEditAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HandbookDbContext>();
            var content = await LoadAsync(db, cancellationToken);
            if (content.FolderUnreadable)
            {
                return;
            }
            await ImportAsync(db, content, compareEveryFile: true, rehearsal: true, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Imports a read: the import names the chapters it writes, and is handed them whole, read a batch at a time.</summary>
    private async Task<SyncResult> ImportAsync(HandbookDbContext db, ContentSet content, bool compareEveryFile, bool rehearsal, CancellationToken cancellationToken)
    {
        await using var import = await ContentImporter.BeginAsync(db, time, content, compareEveryFile, rehearsal, cancellationToken);
        return await import.FinishAsync(loader.ReadInFull(ContentPath, import.ChaptersToRead), cancellationToken);
    }

    /// <summary>
    /// Reads the content folder; when its checks need the slugs the store holds some files under (a
    /// file failed, or two claim one slug), looks those up and reads it again with them.
    /// </summary>
    private async Task<ContentSet> LoadAsync(HandbookDbContext db, CancellationToken cancellationToken)
    {
        var content = loader.Load(ContentPath);
        return content.StoredSlugsWanted.Count == 0
            ? content
            : loader.Load(ContentPath, await StoredSlugsAsync(db, content.StoredSlugsWanted, cancellationToken));
    }

    /// <summary>The slug the store last imported each of these files under, for the files it holds.</summary>
    private static async Task<Dictionary<string, string>> StoredSlugsAsync(HandbookDbContext db, IReadOnlySet<string> paths, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = await db.Pages.Where(p => paths.Contains(p.SourcePath)).Select(p => new { p.SourcePath, p.Slug })
            .Concat(db.Parts.Where(p => paths.Contains(p.SourcePath)).Select(p => new { p.SourcePath, p.Slug }))
            .Concat(db.Roles.Where(r => paths.Contains(r.SourcePath)).Select(r => new { r.SourcePath, r.Slug }))
            .Concat(db.Skills.Where(s => paths.Contains(s.SourcePath)).Select(s => new { s.SourcePath, s.Slug }))
            .ToListAsync(cancellationToken);
        foreach (var row in rows)
        {
            stored.TryAdd(row.SourcePath, row.Slug);
        }
        return stored;
    }

    /// <summary>
    /// Reads and parses the content folder without importing it, so that the next sync parses only
    /// what changed since: at start-up, while the store is being migrated.
    /// </summary>
    public void ParseAhead()
    {
        _gate.Wait();
        try
        {
            loader.Load(ContentPath);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Catches up with an import another instance made into a shared store: when the store holds a
    /// version this instance has not served, its cached pages are dropped. Skipped while a sync runs.
    /// </summary>
    /// <returns>Whether this instance's version changed.</returns>
    public async Task<bool> FollowStoreAsync(CancellationToken cancellationToken = default)
    {
        if (!await _gate.WaitAsync(TimeSpan.Zero, cancellationToken))
        {
            return false;
        }
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HandbookDbContext>();
            var version = await db.ContentStates.Where(s => s.Id == ContentState.SingletonId).Select(s => s.Version).FirstOrDefaultAsync(cancellationToken);
            if (version is null || version == CurrentVersion)
            {
                return false;
            }
            LogFollowed(CurrentVersion, version);
            CurrentVersion = version;
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The store moved from content version {Previous} to {Version} (imported by another instance): cached pages dropped")]
    private partial void LogFollowed(string previous, string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content error: {Path}:{Line}: {Message}")]
    private partial void LogContentError(string path, int line, string message);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Synced content from {ContentPath} (version {Version}): {Added} added, {Updated} updated, {Removed} removed, {ErrorCount} errors, in {ElapsedMilliseconds} ms")]
    private partial void LogSynced(string contentPath, string version, int added, int updated, int removed, int errorCount, long elapsedMilliseconds);
}
