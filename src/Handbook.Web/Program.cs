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
    case ["import", ..]:
        // Migrates the store and syncs the content once, then exits: for scripts and the benchmark.
        builder.Services.AddHandbookData();
        await using (var importer = builder.Build())
        {
            var started = TimeProvider.System.GetTimestamp();
            await importer.PrepareStoreAsync();
            Console.WriteLine($"imported in {TimeProvider.System.GetElapsedTime(started).TotalMilliseconds:F0} ms");
        }
        return 0;
}

builder.Services.AddHandbookData();
builder.Services.AddHandbookWeb();

var app = builder.Build();
app.UseHandbookWeb();
await app.PrepareStoreAsync();
await app.RunAsync();
return 0;
