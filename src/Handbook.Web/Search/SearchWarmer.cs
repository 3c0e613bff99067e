using Handbook.Web.Data;

namespace Handbook.Web.Search;

/// <summary>
/// Reads each new content version's lexicon and vocabulary in the background, soon after the sync
/// that made it, so that no reader's search waits for them (the vocabulary is a read of the whole
/// index: a second or two at thousands of chapters).
/// </summary>
public sealed partial class SearchWarmer(ContentSync sync, SearchLexicons lexicons, ILogger<SearchWarmer> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var warmed = "";
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var version = sync.CurrentVersion;
            if (version.Length == 0 || version == warmed)
            {
                continue;
            }
            try
            {
                await lexicons.LexiconAsync();
                await lexicons.VocabularyAsync();
                warmed = version;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The store may be down for a moment: try again at the next tick; a search reads them itself.
                LogWarmFailed(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the search lexicon ahead of readers; will try again")]
    private partial void LogWarmFailed(Exception ex);
}
