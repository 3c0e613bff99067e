using System.Data.Common;
using Handbook.Content;
using Handbook.Web.Data.Postgres;
using Handbook.Web.Data.Sqlite;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Handbook.Web.Data;

public static class DataExtensions
{
    public const string ConnectionStringName = "Handbook";

    /// <summary>The name every instance protects its cookies and form tokens under, so that each reads the others'.</summary>
    public const string ApplicationName = "Handbook";

    private static readonly SqliteBusyTimeout BusyTimeout = new();

    /// <summary>The content pipeline, the store and the sync that fills it.</summary>
    public static IServiceCollection AddHandbookData(this IServiceCollection services)
    {
        services.AddOptions<HandbookOptions>()
            .BindConfiguration(HandbookOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton<HandbookMarkdown>();
        services.AddSingleton<DocumentParser>();
        services.AddSingleton<PathwayParser>();
        services.AddSingleton<ContentLoader>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ContentSync>();
        services.AddScoped<PathwayQueries>();
        services.AddHostedService<ContentWatcher>();
        services.AddHostedService<ContentVersionCheck>();

        // The key ring lives in the store: an instance accepts what another one protected.
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<HandbookDbContext>();

        // Both providers are registered; the setting picks one when a context is first asked for.
        services.AddDbContext<PostgresHandbookDbContext>((services, options) => options
            .UseNpgsql(PostgresConnectionString(services))
            .AddInterceptors(services.GetServices<IInterceptor>())
            .ConfigureWarnings(IgnoreMissingSnapshot));
        services.AddDbContext<SqliteHandbookDbContext>((services, options) => options
            .UseSqlite(ConnectionString(services.GetRequiredService<IConfiguration>()))
            .AddInterceptors([BusyTimeout, .. services.GetServices<IInterceptor>()])
            .ConfigureWarnings(IgnoreMissingSnapshot));
        services.AddScoped<HandbookDbContext>(services =>
            services.GetRequiredService<IOptions<HandbookOptions>>().Value.Database == DatabaseProvider.Postgres
                ? services.GetRequiredService<PostgresHandbookDbContext>()
                : services.GetRequiredService<SqliteHandbookDbContext>());
        return services;
    }

    /// <summary>
    /// Loads the store's compiled EF Core model (a tenth of a second, cold) on another core while the
    /// host is put together, so that the first context, at start-up, finds it ready.
    /// </summary>
    public static void LoadModelAhead(this IConfiguration configuration)
    {
        var provider = configuration.GetSection(HandbookOptions.Section).GetValue(nameof(HandbookOptions.Database), DatabaseProvider.Sqlite);
        _ = Task.Run(() => provider == DatabaseProvider.Postgres
            ? (IModel)Postgres.CompiledModel.PostgresHandbookDbContextModel.Instance
            : Sqlite.CompiledModel.SqliteHandbookDbContextModel.Instance);
    }

    /// <summary>Migrations are written by hand, with no model snapshot; tests prove they match the model.</summary>
    private static void IgnoreMissingSnapshot(WarningsConfigurationBuilder warnings) =>
        warnings.Ignore(RelationalEventId.PendingModelChangesWarning);

    /// <summary>
    /// The PostgreSQL connection string with this instance's pool bounded: at most
    /// <paramref name="connections"/> open at once, and a request past them waits for one to be free
    /// (up to the connection string's Timeout) rather than opening another. Npgsql's own bound, 100,
    /// is PostgreSQL's whole default max_connections: two instances under load ran the server out.
    /// A Maximum Pool Size in the connection string itself wins.
    /// </summary>
    public static string PooledConnectionString(string connectionString, int connections)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var named = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!PoolSizeKeys.Any(named.ContainsKey))
        {
            builder.MaxPoolSize = connections;
        }
        return builder.ConnectionString;
    }

    // Only when PostgreSQL is the store: EF Core's tools make this context with the SQLite connection string too.
    private static string PostgresConnectionString(IServiceProvider services)
    {
        var connectionString = ConnectionString(services.GetRequiredService<IConfiguration>());
        var options = services.GetRequiredService<IOptions<HandbookOptions>>().Value;
        return options.Database == DatabaseProvider.Postgres ? PooledConnectionString(connectionString, options.DatabaseConnections) : connectionString;
    }

    private static readonly string[] PoolSizeKeys = ["Maximum Pool Size", "Max Pool Size", "MaxPoolSize"];

    private static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(ConnectionStringName)
        ?? throw new InvalidOperationException($"Set ConnectionStrings:{ConnectionStringName} to the database, such as 'Data Source=handbook.db'.");

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
