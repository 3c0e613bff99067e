using System.Data.Common;
using Handbook.Content;
using Handbook.Web.Data.Postgres;
using Handbook.Web.Data.Sqlite;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
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
}
