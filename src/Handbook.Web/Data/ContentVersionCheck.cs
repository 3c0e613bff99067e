using Microsoft.Extensions.Options;

namespace Handbook.Web.Data;

/// <summary>
/// On a shared PostgreSQL store, checks the content version every few seconds so that this
/// instance's page cache follows imports made by the others (see <see cref="ContentSync.FollowStoreAsync"/>).
/// </summary>
public sealed partial class ContentVersionCheck(ContentSync sync, IOptions<HandbookOptions> options, TimeProvider time, ILogger<ContentVersionCheck> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Database != DatabaseProvider.Postgres || options.Value.VersionCheckSeconds == 0)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.VersionCheckSeconds), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await sync.FollowStoreAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The database may be briefly unreachable: the next tick tries again.
                    LogCheckFailed(ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking the store's content version failed")]
    private partial void LogCheckFailed(Exception exception);
}
