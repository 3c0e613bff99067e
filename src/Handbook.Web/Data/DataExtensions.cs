using Handbook.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Handbook.Web.Data;

public static class DataExtensions
{
    public const string ConnectionStringName = "Handbook";

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
        services.AddOutputCache();
        services.AddScoped<PathwayQueries>();
        services.AddHostedService<ContentWatcher>();

        services.AddDbContext<HandbookDbContext>((provider, options) => options
            .UseSqlite(ConnectionString(provider.GetRequiredService<IConfiguration>()))
            .AddInterceptors([BusyTimeout, .. provider.GetServices<IInterceptor>()])
            // Migrations are written by hand, with no model snapshot; a test proves they match the model.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)));
        return services;
    }

    private static string ConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(ConnectionStringName)
        ?? throw new InvalidOperationException($"Set ConnectionStrings:{ConnectionStringName} to the database, such as 'Data Source=handbook.db'.");

    /// <summary>Applies migrations and imports the content before the site serves its first request.</summary>
    public static async Task PrepareStoreAsync(this WebApplication app)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HandbookDbContext>();
            await db.Database.MigrateAsync();
            if (db.Database.IsSqlite())
            {
                // Readers' suggestions are written while pages are read: WAL lets both go on at once,
                // and a committed suggestion survives the process being killed. SqliteBusyTimeout
                // makes a connection wait for a lock rather than fail.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            }
        }
        await app.Services.GetRequiredService<ContentSync>().SyncAsync();
    }
}
