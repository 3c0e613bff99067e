using Handbook.Web.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Data.Sqlite;

/// <summary>The embedded store: one SQLite file, used by one app instance.</summary>
public sealed class SqliteHandbookDbContext(DbContextOptions<SqliteHandbookDbContext> options) : HandbookDbContext(options)
{
    private SqliteFullTextIndex? _fullText;

    public override FullTextIndex FullText => _fullText ??= new SqliteFullTextIndex(this);

    /// <summary>
    /// Nothing to wait for: one instance owns an SQLite file, and within it ContentSync already runs
    /// imports one at a time.
    /// </summary>
    public override Task<IAsyncDisposable> LockAsync(StoreLock name, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable>(NoLock.Instance);

    /// <summary>
    /// Runs <c>NewStore.sql</c>, the script of every migration that <c>dotnet ef migrations script</c>
    /// writes, on a store with no tables. It does in one statement what the migrator does with a cold
    /// model of its own history table, a lock table and a command for each operation, a few tenths of
    /// a second at the first start. A test holds the script to what the migrations generate.
    /// </summary>
    public override async Task<bool> CreateEmptyStoreAsync(CancellationToken cancellationToken)
    {
        var connection = (SqliteConnection)Database.GetDbConnection();
        await Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // BEGIN IMMEDIATE: the check and the tables are one write, whoever else opens the file.
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT count(*) FROM sqlite_master";
            if ((long)(await command.ExecuteScalarAsync(cancellationToken))! != 0)
            {
                return false;
            }
            command.CommandText = NewStoreScript.Value;
            await command.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        finally
        {
            await Database.CloseConnectionAsync();
        }
    }

    private static readonly Lazy<string> NewStoreScript = new(() =>
    {
        using var stream = typeof(SqliteHandbookDbContext).Assembly.GetManifestResourceStream(NewStoreScriptName)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    private const string NewStoreScriptName = "Handbook.Web.Data.Sqlite.NewStore.sql";

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
