using System.Data.Common;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Handbook.Web.Data;

/// <summary>What the store needs before the site serves its first request: its schema, a data-protection key and the content.</summary>
public static class StoreStartup
{
    /// <summary>
    /// Applies the migrations. Safe when several instances start at once: one migrates under the
    /// store's lock and the others wait, then find nothing to do. (EF Core's own migration lock did not
    /// stop two PostgreSQL instances starting together from both applying a second migration.)
    /// </summary>
    public static async Task MigrateStoreAsync(this HandbookDbContext db, CancellationToken cancellationToken = default)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            try
            {
                await creator.CreateAsync(cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // Another instance created the missing database a moment before this one: migrate into it.
            }
        }
        if (!await HoldsEveryMigrationAsync(db, cancellationToken))
        {
            await using (await db.LockAsync(StoreLock.Migrations, cancellationToken))
            {
                if (!await db.CreateEmptyStoreAsync(cancellationToken))
                {
                    await db.Database.MigrateAsync(cancellationToken);
                }
            }
        }
        if (db.Database.IsSqlite())
        {
            // Readers' suggestions are written while pages are read: WAL lets both go on at once,
            // and a committed suggestion survives the process being killed. SqliteBusyTimeout
            // makes a connection wait for a lock rather than fail.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    /// <summary>
    /// Whether the store's migration history lists every migration the app has, read with one plain
    /// query. EF Core's migrator first builds a model of its history table even when there is nothing
    /// to apply, a fifth of a second of every start-up.
    /// </summary>
    private static async Task<bool> HoldsEveryMigrationAsync(HandbookDbContext db, CancellationToken cancellationToken)
    {
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\"";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                applied.Add(reader.GetString(0));
            }
        }
        catch (DbException)
        {
            return false; // no history yet: a new database
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return db.GetService<IMigrationsAssembly>().Migrations.Keys.All(applied.Contains);
    }

    /// <summary>Applies migrations and imports the content before the site serves its first request.</summary>
    public static async Task PrepareStoreAsync(this WebApplication app)
    {
        var sync = app.Services.GetRequiredService<ContentSync>();
        // Reading and parsing the content needs no database: it runs on another core while the
        // migrations run, and the sync then finds every file already parsed.
        var parsing = Task.Run(sync.ParseAhead);
        await MigrateStoreAsync(app.Services);
        // Once the tables exist, the key ring and the content are independent: the key (mostly the
        // data-protection services starting and the key's XML) is made on another core while the
        // content is imported. On SQLite its one row waits for the import's transaction; should an
        // import outlast that wait, the key is made again after it.
        var key = Task.Run(() => EnsureOneKeyAsync(app.Services));
        await parsing;
        await sync.SyncAsync();
        try
        {
            await key;
        }
        catch (DbUpdateException)
        {
            await EnsureOneKeyAsync(app.Services);
        }
    }

    /// <summary>Applies migrations and makes sure of a data-protection key.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await MigrateStoreAsync(app.Services);
        await EnsureOneKeyAsync(app.Services);
    }

    private static async Task MigrateStoreAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<HandbookDbContext>().MigrateStoreAsync();
    }

    /// <summary>
    /// Makes the first data-protection key at start-up, one instance at a time, so that instances
    /// starting together share one key rather than each making its own on first use.
    /// </summary>
    private static async Task EnsureOneKeyAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HandbookDbContext>();
        var keys = scope.ServiceProvider.GetRequiredService<IKeyManager>();
        await using var keyRingLock = await db.LockAsync(StoreLock.KeyRing, CancellationToken.None);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (!keys.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now.AddDays(2)))
        {
            keys.CreateNewKey(now, now.AddDays(90));
        }
    }
}
