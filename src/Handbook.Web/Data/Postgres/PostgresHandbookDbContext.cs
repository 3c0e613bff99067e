using Handbook.Web.Search;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Data.Postgres;

/// <summary>The shared store: one PostgreSQL database behind several app instances.</summary>
public sealed class PostgresHandbookDbContext(DbContextOptions<PostgresHandbookDbContext> options) : HandbookDbContext(options)
{
    /// <summary>The first of the handbook's advisory lock numbers; any fixed number that nothing else uses.</summary>
    private const long FirstLock = 0x48616e64626f6f00; // "Handboo" and a byte for the lock

    private PostgresFullTextIndex? _fullText;

    public override FullTextIndex FullText => _fullText ??= new PostgresFullTextIndex(this);

    /// <summary>A session advisory lock, on a connection kept open until the lock is released.</summary>
    public override async Task<IAsyncDisposable> LockAsync(StoreLock name, CancellationToken cancellationToken)
    {
        var key = FirstLock + (long)name;
        await Database.OpenConnectionAsync(cancellationToken);
        await Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({key})", cancellationToken);
        return new AdvisoryLock(this, key);
    }

    private sealed class AdvisoryLock(PostgresHandbookDbContext db, long key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({key})");
            await db.Database.CloseConnectionAsync();
        }
    }
}
