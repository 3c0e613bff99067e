using Handbook.Web.Admin;
using Microsoft.Extensions.DependencyInjection;

namespace Handbook.Web.Tests.Infrastructure;

public static class Moderators
{
    public const string Email = "owner@example.gov.uk";
    public const string Password = "correct horse battery staple";

    public static async Task AddModeratorAsync(this HandbookFactory app, string email = Email, string password = Password)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ModeratorAccounts>().AddOrUpdateAsync(email, password);
    }

    /// <summary>A client signed in as a moderator.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this HandbookFactory app)
    {
        await app.AddModeratorAsync();
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        using var response = await client.SubmitAsync("/admin/sign-in", "/admin/sign-in",
            new Dictionary<string, string> { ["Email"] = Email, ["Password"] = Password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
