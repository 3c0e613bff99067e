using Handbook.Web;
using Handbook.Web.Data;

var builder = WebApplication.CreateBuilder(args);

if (args is ["validate", ..])
{
    return ValidateCommand.Run(builder.Configuration, builder.Environment, Console.Out);
}

builder.Services.AddHandbookData();
builder.Services.AddHandbookWeb();

var app = builder.Build();
app.UseHandbookWeb();
await app.PrepareStoreAsync();
await app.RunAsync();
return 0;
