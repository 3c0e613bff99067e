using Handbook.Web.Data;

namespace Handbook.Web.Commands;

/// <summary>
/// <c>dotnet run --project src/Handbook.Web -- import</c>: migrates the store and syncs the content
/// once, prints how long each took, then exits (1 if the content has errors): for scripts and the benchmark.
/// </summary>
public static class ImportCommand
{
    public static async Task<int> RunAsync(WebApplicationBuilder builder, TextWriter output)
    {
        builder.Services.AddHandbookData();
        await using var importer = builder.Build();
        var started = TimeProvider.System.GetTimestamp();
        await importer.PrepareDatabaseAsync();
        var migrated = TimeProvider.System.GetElapsedTime(started);
        var result = await importer.Services.GetRequiredService<ContentSync>().SyncAsync();
        var total = TimeProvider.System.GetElapsedTime(started);
        output.WriteLine($"migrated in {migrated.TotalMilliseconds:F0} ms; imported {result.Added + result.Updated} documents in {(total - migrated).TotalMilliseconds:F0} ms; total {total.TotalMilliseconds:F0} ms");
        return result.Errors.Count == 0 ? 0 : 1;
    }
}
