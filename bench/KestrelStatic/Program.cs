// Kestrel serving the exported pages from disk with ASP.NET Core's own static file middleware, as
// nginx serves them: /contents answers with /contents/index.html. Usage: --Root FOLDER --urls URL
using Microsoft.Extensions.FileProviders;

var builder = WebApplication.CreateBuilder(args);
var files = new PhysicalFileProvider(builder.Configuration["Root"] ?? throw new InvalidOperationException("Give the folder as --Root."));
var app = builder.Build();
app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RedirectToAppendTrailingSlash = false });
app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
app.Run();
