using System.Net;
using Handbook.Web.Admin;
using Handbook.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace Handbook.Web.Tests;

public sealed class ModeratorSessions : IDisposable
{
    private readonly HandbookFactory _app = new(Handbooks.TwoParts());

    public void Dispose()
    {
        _app.Dispose();
        _app.Content.Dispose();
    }

    [Fact]
    public async Task A_removed_moderator_is_signed_out_at_their_next_request()
    {
        var moderator = await _app.SignedInClientAsync();
        using var before = await moderator.GetAsync("/admin/suggestions");

        using (var scope = _app.Services.CreateScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<ModeratorAccounts>().RemoveAsync(Moderators.Email));
        }
        using var after = await moderator.GetAsync("/admin/suggestions");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/admin/sign-in", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_password_ends_the_sessions_signed_in_with_the_old_one()
    {
        var laptop = await _app.SignedInClientAsync();

        await _app.AddModeratorAsync(password: "a brand new password");
        using var onLaptop = await laptop.GetAsync("/admin/suggestions");
        var phone = _app.CreateClient(new() { AllowAutoRedirect = false });
        using (var signIn = await phone.SubmitAsync("/admin/sign-in", "/admin/sign-in",
            new Dictionary<string, string> { ["Email"] = Moderators.Email, ["Password"] = "a brand new password" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }
        using var onPhone = await phone.GetAsync("/admin/suggestions");

        Assert.Equal(HttpStatusCode.Redirect, onLaptop.StatusCode);
        Assert.Contains("/admin/sign-in", onLaptop.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, onPhone.StatusCode);
        Assert.Contains(Moderators.Email, await onPhone.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_so_a_copy_of_its_cookie_opens_nothing()
    {
        await _app.AddModeratorAsync();
        var cookies = new CookieContainer();
        var browser = _app.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));
        using (var signIn = await browser.SubmitAsync("/admin/sign-in", "/admin/sign-in",
                   new Dictionary<string, string> { ["Email"] = Moderators.Email, ["Password"] = Moderators.Password }))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }
        var copied = cookies.GetCookies(new Uri("http://localhost"))["handbook-moderator"];
        Assert.NotNull(copied);

        using (var signOut = await browser.SubmitAsync("/admin/suggestions", "/admin/sign-out", new Dictionary<string, string>()))
        {
            Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        }
        var replay = new CookieContainer();
        replay.Add(new Uri("http://localhost"), new Cookie(copied.Name, copied.Value));
        using var replayed = await _app.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(replay)).GetAsync("/admin/suggestions");

        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Contains("/admin/sign-in", replayed.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
