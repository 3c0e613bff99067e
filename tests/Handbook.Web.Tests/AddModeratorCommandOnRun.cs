using Handbook.Web.Admin;
using Handbook.Web.Commands;
using Handbook.Web.Data.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Handbook.Web.Tests;

public sealed class AddModeratorCommandOnRun : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("handbook-moderator-").FullName;

    private string ConnectionString => $"Data Source={Path.Combine(_folder, "handbook.db")}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<(int ExitCode, string Output)> RunAsync(string email, string typed)
    {
        var builder = WebApplication.CreateBuilder(["add-moderator", email]);
        builder.Configuration["ConnectionStrings:Handbook"] = ConnectionString;
        using var output = new StringWriter();
        var exitCode = await AddModeratorCommand.RunAsync(builder, email, new StringReader(typed), output);
        return (exitCode, output.ToString());
    }

    private async Task<string?> VerifyAsync(string email, string password)
    {
        var options = new DbContextOptionsBuilder<SqliteHandbookDbContext>().UseSqlite(ConnectionString).Options;
        await using var db = new SqliteHandbookDbContext(options);
        return (await new ModeratorAccounts(db, TimeProvider.System).VerifyAsync(email, password))?.Email;
    }

    [Fact]
    public async Task Adds_a_moderator_who_can_then_sign_in_with_that_password()
    {
        var (exitCode, output) = await RunAsync("Owner@Example.gov.uk", "a long enough password\na long enough password\n");

        Assert.Equal(0, exitCode);
        Assert.Contains("Added moderator owner@example.gov.uk", output, StringComparison.Ordinal);
        Assert.Equal("owner@example.gov.uk", await VerifyAsync("owner@example.gov.uk", "a long enough password"));
        Assert.Null(await VerifyAsync("owner@example.gov.uk", "another password"));
    }

    private async Task<(int ExitCode, string Output)> RemoveAsync(string email)
    {
        var builder = WebApplication.CreateBuilder(["remove-moderator", email]);
        builder.Configuration["ConnectionStrings:Handbook"] = ConnectionString;
        using var output = new StringWriter();
        var exitCode = await RemoveModeratorCommand.RunAsync(builder, email, output);
        return (exitCode, output.ToString());
    }

    [Fact]
    public async Task Removes_a_moderator_who_can_then_no_longer_sign_in()
    {
        await RunAsync("owner@example.gov.uk", "a long enough password\na long enough password\n");
        await RunAsync("other@example.gov.uk", "another long password\nanother long password\n");

        var (exitCode, output) = await RemoveAsync("Owner@Example.gov.uk");

        Assert.Equal(0, exitCode);
        Assert.Contains("Removed moderator owner@example.gov.uk", output, StringComparison.Ordinal);
        Assert.Null(await VerifyAsync("owner@example.gov.uk", "a long enough password"));
        Assert.Equal("other@example.gov.uk", await VerifyAsync("other@example.gov.uk", "another long password"));
    }

    [Fact]
    public async Task Removing_someone_who_is_not_a_moderator_says_so_and_fails()
    {
        await RunAsync("owner@example.gov.uk", "a long enough password\na long enough password\n");

        var (exitCode, output) = await RemoveAsync("someone@example.gov.uk");

        Assert.Equal(1, exitCode);
        Assert.Contains("There is no moderator someone@example.gov.uk", output, StringComparison.Ordinal);
        Assert.Equal("owner@example.gov.uk", await VerifyAsync("owner@example.gov.uk", "a long enough password"));
    }

    [Theory]
    [InlineData("not-an-email", "a long enough password\na long enough password\n", "is not an email address")]
    [InlineData("owner@example.gov.uk", "short\nshort\n", "at least 12 characters")]
    [InlineData("owner@example.gov.uk", "a long enough password\na different password\n", "do not match")]
    public async Task Refuses_bad_input_and_changes_nothing(string email, string typed, string message)
    {
        var (exitCode, output) = await RunAsync(email, typed);

        Assert.Equal(1, exitCode);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "handbook.db")));
    }
}
