using System.ComponentModel.DataAnnotations;
using System.Text;
using Handbook.Web.Admin;
using Handbook.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Commands;

/// <summary>
/// <c>dotnet run --project src/Handbook.Web -- add-moderator EMAIL</c>: asks for a password (twice,
/// without showing it) and adds the moderator, or sets a new password for an existing one.
/// </summary>
public static class AddModeratorCommand
{
    public static async Task<int> RunAsync(WebApplicationBuilder builder, string email, TextReader input, TextWriter output)
    {
        if (!new EmailAddressAttribute().IsValid(email))
        {
            output.WriteLine($"'{email}' is not an email address: run add-moderator name@example.gov.uk");
            return 1;
        }
        output.Write($"Password for {email} (at least {ModeratorAccounts.MinimumPasswordLength} characters): ");
        var password = ReadSecret(input);
        output.WriteLine();
        if (password.Length < ModeratorAccounts.MinimumPasswordLength)
        {
            output.WriteLine($"The password must be at least {ModeratorAccounts.MinimumPasswordLength} characters long. Nothing was changed.");
            return 1;
        }
        output.Write("Type it again: ");
        var repeated = ReadSecret(input);
        output.WriteLine();
        if (repeated != password)
        {
            output.WriteLine("The passwords do not match. Nothing was changed.");
            return 1;
        }

        builder.Services.AddHandbookData();
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HandbookDbContext>();
        await db.MigrateStoreAsync();
        var added = await new ModeratorAccounts(db, TimeProvider.System).AddOrUpdateAsync(email, password);
        output.WriteLine(added ? $"Added moderator {ModeratorAccounts.Normalize(email)}." : $"Set a new password for {ModeratorAccounts.Normalize(email)}.");
        return 0;
    }

    /// <summary>Reads a line without echoing it when typed at a terminal; reads it plainly when piped in.</summary>
    private static string ReadSecret(TextReader input)
    {
        if (input != Console.In || Console.IsInputRedirected)
        {
            return input.ReadLine() ?? "";
        }
        var secret = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                return secret.ToString();
            }
            if (key.Key == ConsoleKey.Backspace)
            {
                if (secret.Length > 0)
                {
                    secret.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                secret.Append(key.KeyChar);
            }
        }
    }
}
