using Handbook.Web;
using Handbook.Web.Commands;
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
        return await ImportCommand.RunAsync(builder, Console.Out);
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
