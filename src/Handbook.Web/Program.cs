using Handbook.Web;
using Handbook.Web.Admin;
using Handbook.Web.Data;

var builder = WebApplication.CreateBuilder(args);

switch (args)
{
    case ["validate", ..]:
        return ValidateCommand.Run(builder.Configuration, builder.Environment, Console.Out);
    case ["add-moderator", var email, ..]:
        return await AddModeratorCommand.RunAsync(builder, email, Console.In, Console.Out);
    case ["remove-moderator", var email, ..]:
        return await RemoveModeratorCommand.RunAsync(builder, email, Console.Out);
    case ["import", ..]:
        // Migrates the store and syncs the content once, then exits: for scripts and the benchmark.
        builder.Services.AddHandbookData();
        await using (var importer = builder.Build())
        {
            var started = TimeProvider.System.GetTimestamp();
            await importer.PrepareDatabaseAsync();
            var migrated = TimeProvider.System.GetElapsedTime(started);
            var result = await importer.Services.GetRequiredService<ContentSync>().SyncAsync();
            var total = TimeProvider.System.GetElapsedTime(started);
            Console.WriteLine($"migrated in {migrated.TotalMilliseconds:F0} ms; imported {result.Added + result.Updated} documents in {(total - migrated).TotalMilliseconds:F0} ms; total {total.TotalMilliseconds:F0} ms");
            return result.Errors.Count == 0 ? 0 : 1;
        }
}

builder.Configuration.LoadModelAhead();
builder.Services.AddHandbookData();
builder.Services.AddHandbookWeb();

var app = builder.Build();
// The store is migrated and filled while the request pipeline is put together, on another core; the
// site starts listening only once both are done.
var storeReady = Task.Run(app.PrepareStoreAsync);
app.UseHandbookWeb();
await storeReady;
await app.RunAsync();
return 0;
