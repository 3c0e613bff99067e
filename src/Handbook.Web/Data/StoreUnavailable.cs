using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Handbook.Web.Data;

/// <summary>
/// Tells a store that cannot answer just now (down, unreachable, out of connections, full, locked)
/// from a mistake in what was asked of it (a broken constraint, bad SQL): the first is worth a retry
/// and, if it lasts, a 503 that keeps what the reader typed; the second is a bug and stays a 500.
/// </summary>
public static class StoreUnavailable
{
    // SQLite's primary result codes for a store that is busy, locked, full, unreadable or unopenable.
    private static readonly HashSet<int> SqliteUnavailableCodes = [5, 6, 8, 10, 11, 13, 14];

    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres:
                    // Class 08: connection; 53: insufficient resources (too many clients, disk full);
                    // 57: operator intervention (the server shutting down); 58: system error.
                    return postgres.SqlState[..2] is "08" or "53" or "57" or "58" || postgres.IsTransient;
                case NpgsqlException:
                    // No server answer at all: refused, reset, or no free connection in the pool in time.
                    return true;
                case SqliteException sqlite:
                    return SqliteUnavailableCodes.Contains(sqlite.SqliteErrorCode);
                case TimeoutException or SocketException:
                    return true;
                case DbException:
                    return false;
            }
        }
        return false;
    }

    /// <summary>How long a reader is asked to wait before trying again.</summary>
    public const int RetryAfterSeconds = 30;
}

/// <summary>Retries a write that the store could not take for a moment (<see cref="StoreUnavailable"/>).</summary>
public static class StoreRetry
{
    private static readonly TimeSpan[] Waits = [TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(2)];

    /// <summary>
    /// Saves, trying again after a short wait while the store is unavailable. Safe for inserts of rows
    /// with a unique key made here (a suggestion's reference): a failed save commits nothing, and the
    /// context still holds the rows to add.
    /// </summary>
    public static async Task SaveChangesWithRetriesAsync(this HandbookDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (Exception e) when (attempt < Waits.Length && StoreUnavailable.Is(e))
            {
                await Task.Delay(Waits[attempt], time, cancellationToken);
            }
        }
    }
}
