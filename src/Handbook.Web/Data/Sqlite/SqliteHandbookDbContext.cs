using Handbook.Web.Search;
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

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
