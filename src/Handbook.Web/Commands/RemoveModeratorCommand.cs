using Handbook.Web.Admin;
using Handbook.Web.Data;

namespace Handbook.Web.Commands;

/// <summary>
/// <c>dotnet run --project src/Handbook.Web -- remove-moderator EMAIL</c>: removes the moderator.
/// A session they have open ends at its next request.
/// </summary>
public static class RemoveModeratorCommand
{
    public static async Task<int> RunAsync(WebApplicationBuilder builder, string email, TextWriter output)
    {
        builder.Services.AddHandbookData();
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HandbookDbContext>();
        await db.MigrateStoreAsync();
        if (!await new ModeratorAccounts(db, TimeProvider.System).RemoveAsync(email))
        {
            output.WriteLine($"There is no moderator {ModeratorAccounts.Normalize(email)}. Nothing was changed.");
            return 1;
        }
        output.WriteLine($"Removed moderator {ModeratorAccounts.Normalize(email)}. Any session they have open ends at its next request.");
        return 0;
    }
}
