using Microsoft.Extensions.Options;

namespace Handbook.Web.Data;

/// <summary>Syncs the content again shortly after a file in the content folder changes.</summary>
public sealed partial class ContentWatcher(ContentSync sync, IOptions<HandbookOptions> options, ILogger<ContentWatcher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WatchContent || !Directory.Exists(sync.ContentPath))
        {
            return;
        }

        var changed = new SemaphoreSlim(0);
        using var watcher = new FileSystemWatcher(sync.ContentPath)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        void OnChange(object sender, FileSystemEventArgs e) => changed.Release();
        watcher.Changed += OnChange;
        watcher.Created += OnChange;
        watcher.Deleted += OnChange;
        watcher.Renamed += OnChange;
        watcher.Error += (_, e) => { LogWatcherError(e.GetException()); changed.Release(); };
        watcher.EnableRaisingEvents = true;

        // Once watching, compare every file with the store: a file saved while the site was starting,
        // after the start-up sync had read the folder, is picked up now. Then rehearse an edit and roll
        // it back. The start-up sync ends at once when the store holds the folder's version; these two
        // run the import's queries and its write of a chapter for the first time in the background,
        // rather than on an author's first save. It still matters: in `bash bench/run` on 2026-12-03
        // the first save after a restart was served in 93 ms with the rehearsal and 166 ms without it
        // (the saves after it, 78–92 ms either way).
        await Task.Yield();
        try
        {
            await sync.SyncAsync(compareEveryFile: true, stoppingToken);
            if (options.Value.RehearseFirstEdit)
            {
                await sync.RehearseEditAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }
        catch (Exception ex)
        {
            LogSyncFailed(ex);
        }

        var delay = TimeSpan.FromMilliseconds(options.Value.WatchDelayMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await changed.WaitAsync(stoppingToken);
                // Let a burst of writes (an editor saving, a git checkout) settle, then sync once.
                await Task.Delay(delay, stoppingToken);
                while (changed.CurrentCount > 0)
                {
                    await changed.WaitAsync(stoppingToken);
                }
                await sync.SyncAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // The site keeps serving what it has; the next change tries again.
                LogSyncFailed(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The content watcher reported an error; syncing in full")]
    private partial void LogWatcherError(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "A content sync after a file change failed")]
    private partial void LogSyncFailed(Exception exception);
}
