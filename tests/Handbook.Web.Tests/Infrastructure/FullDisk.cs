using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Handbook.Web.Tests.Infrastructure;

/// <summary>
/// A store whose disk is full: every statement that writes a suggestion fails as SQLite fails then
/// (SQLITE_FULL), while reads go on.
/// </summary>
public sealed class FullDisk : DbCommandInterceptor
{
    private const int SqliteFull = 13;

    public int Refused { get; private set; }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (command.CommandText.Contains("INSERT INTO \"Suggestions\"", StringComparison.Ordinal))
        {
            Refused++;
            throw new SqliteException("database or disk is full", SqliteFull);
        }
        return ValueTask.FromResult(result);
    }
}
