using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Handbook.Web.Data.Sqlite;

/// <summary>
/// Makes SQLite itself wait (up to five seconds) for a lock held by another connection or process
/// rather than fail at once, so that concurrent suggestions queue up instead of erroring.
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA busy_timeout = 5000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }
}
