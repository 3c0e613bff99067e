using Handbook.Content;

namespace Handbook.Web.Commands;

/// <summary>
/// <c>dotnet run --project src/Handbook.Web -- validate</c>: checks the content folder with the same
/// rules and messages as the sync, prints each error as <c>path:line: message</c>, and exits 1 if
/// there are any.
/// </summary>
public static class ValidateCommand
{
    public static int Run(IConfiguration configuration, IHostEnvironment environment, TextWriter output)
    {
        var options = configuration.GetSection(HandbookOptions.Section).Get<HandbookOptions>() ?? new HandbookOptions();
        var root = Path.GetFullPath(options.ContentPath, environment.ContentRootPath);
        var markdown = new HandbookMarkdown();
        var content = new ContentLoader(new DocumentParser(markdown), new PathwayParser(markdown)).Load(root);

        foreach (var error in content.Errors)
        {
            output.WriteLine(error);
        }
        if (content.IsValid)
        {
            output.WriteLine($"{root} is valid: {content.Parts.Count} parts, {content.Chapters.Count} chapters, {content.Roles.Count} roles, {content.Skills.Count} skills, {content.Glossary?.Entries.Count ?? 0} glossary terms.");
            return 0;
        }
        output.WriteLine($"{content.Errors.Count} error(s) in {root}: fix them and run validate again.");
        return 1;
    }
}
