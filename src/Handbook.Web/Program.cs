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
}

builder.Services.AddHandbookData();
builder.Services.AddHandbookWeb();

var app = builder.Build();
app.UseHandbookWeb();
await app.PrepareStoreAsync();
await app.RunAsync();
return 0;
