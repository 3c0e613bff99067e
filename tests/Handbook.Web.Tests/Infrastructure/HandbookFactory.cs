using Handbook.Testing;
using Handbook.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Handbook.Web.Tests.Infrastructure;

/// <summary>
/// The real app over a real SQLite file in a temp folder and a content folder the test builds.
/// Runs as Production, so error pages are the ones users see, unless <see cref="InDevelopment"/> asks
/// for the environment README's <c>dotnet run</c> uses.
/// </summary>
public class HandbookFactory : WebApplicationFactory<Program>
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "handbook-data-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal);
    private TimeProvider? _time;
    private LogCapture? _logs;
    private QueryCounter? _queries;
    private string _environment = "Production";

    public HandbookFactory(ContentBuilder content)
    {
        Content = content;
        Directory.CreateDirectory(_dataFolder);
        DatabasePath = Path.Combine(_dataFolder, "handbook.db");
        _settings["ConnectionStrings:Handbook"] = $"Data Source={DatabasePath}";
        _settings["Handbook:ContentPath"] = content.Root;
        _settings["Handbook:WatchContent"] = "false";
        // The address the pages' absolute links name: the test client's own.
        _settings["Handbook:PublicUrl"] = "http://localhost";
    }

    public ContentBuilder Content { get; }

    public string DatabasePath { get; }

    /// <summary>Sets a configuration value; call before the first request.</summary>
    public HandbookFactory WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Gives the app this clock (what the sync records as the time of a change); call before the first request.</summary>
    public HandbookFactory WithTime(TimeProvider time)
    {
        _time = time;
        return this;
    }

    /// <summary>Keeps what the app logs at Warning and above; call before the first request.</summary>
    public LogCapture CaptureLogs() => _logs ??= new LogCapture();

    /// <summary>Counts the app's queries; call before the first request.</summary>
    public QueryCounter CountQueries() => _queries ??= new QueryCounter();

    /// <summary>
    /// Runs the app in Development, as README's <c>dotnet run</c> does, with nothing the tests would
    /// otherwise set for static assets: what a newcomer sees. Call before the first request.
    /// </summary>
    public HandbookFactory InDevelopment()
    {
        _environment = "Development";
        return this;
    }

    public Task<SyncResult> SyncAsync() => Services.GetRequiredService<ContentSync>().SyncAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        if (_environment == "Production")
        {
            UseBuiltStaticAssets(builder);
        }
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        if (_time is { } time)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(time));
        }
        if (_queries is { } queries)
        {
            builder.ConfigureTestServices(services => services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(queries));
        }
        if (_logs is { } logs)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }
    }

    private static void UseBuiltStaticAssets(IWebHostBuilder builder)
    {
        // The tests run the development build, whose static assets (the compressed copies among them)
        // are in obj/, found through the build's manifest: outside Development it must be asked for.
        // From a build (not a publish) ASP.NET Core would also serve them uncached and re-read on each
        // request, for editing; the tests want them as a deployment serves them.
        builder.UseStaticWebAssets();
        builder.UseSetting("EnableStaticAssetsDevelopmentCaching", "true");
        builder.UseSetting("ReloadStaticAssetsAtRuntime", "false");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_dataFolder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS to clean if a handle lingers.
            }
        }
    }
}
