using System.Net;
using Handbook.Web.Data;
using Handbook.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Handbook.Web.Tests;

/// <summary>No post runs without a valid antiforgery token of the visitor's own: not one, whatever its action says.</summary>
public sealed class AntiforgeryOnEveryPost : IDisposable
{
    /// <summary>Every route that takes a post, as the app declares it and with its parameters filled in.</summary>
    public static readonly TheoryData<string, string> PostRoutes = new()
    {
        { "/suggest", "/suggest" },
        { "/admin/sign-in", "/admin/sign-in" },
        { "/admin/sign-out", "/admin/sign-out" },
        { "/admin/suggestions/{id:int}/status", "/admin/suggestions/1/status" },
        { "/error/{statusCode:int}", "/error/404" },
    };

    private readonly HandbookFactory _app = new(Handbooks.TwoParts());

    public void Dispose()
    {
        _app.Dispose();
        _app.Content.Dispose();
    }

    [Fact]
    public void The_routes_checked_are_every_route_that_takes_a_post()
    {
        var routes = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not { HttpMethods.Count: > 0 } methods || methods.HttpMethods.Contains("POST"))
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Order(StringComparer.Ordinal);

        Assert.Equal(PostRoutes.Select(row => (string)row[0]).Order(StringComparer.Ordinal), routes);
    }

    [Theory]
    [MemberData(nameof(PostRoutes))]
    public async Task A_post_without_a_token_is_400_with_a_readable_page_and_changes_nothing(string route, string url)
    {
        var moderator = await ModeratorWithASuggestionAsync();

        using var response = await moderator.PostAsync(url, Fields(token: null));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{route} answered {(int)response.StatusCode} to a post without a token");
        Assert.Equal("The form could not be sent", (await response.DocumentAsync()).QuerySelector("h1")!.Text());
        await AssertNothingChangedAsync(moderator);
    }

    [Theory]
    [MemberData(nameof(PostRoutes))]
    public async Task A_post_with_another_visitors_token_is_400_and_changes_nothing(string route, string url)
    {
        var moderator = await ModeratorWithASuggestionAsync();
        var stranger = _app.CreateClient(new() { AllowAutoRedirect = false });
        var strangersToken = (await stranger.FormValuesAsync("/suggest?page=%2Fchapters%2Flicence", "/suggest"))["__RequestVerificationToken"];

        using var response = await moderator.PostAsync(url, Fields(strangersToken));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{route} answered {(int)response.StatusCode} to another visitor's token");
        await AssertNothingChangedAsync(moderator);
    }

    [Theory]
    [MemberData(nameof(PostRoutes))]
    public async Task A_post_with_the_visitors_own_token_gets_through(string route, string url)
    {
        var moderator = await ModeratorWithASuggestionAsync();
        var ownToken = (await moderator.FormValuesAsync("/admin/suggestions", "/admin/sign-out"))["__RequestVerificationToken"];

        using var response = await moderator.PostAsync(url, Fields(ownToken));

        Assert.True(response.StatusCode != HttpStatusCode.BadRequest, $"{route} refused a post with the visitor's own token");
    }

    private static FormUrlEncodedContent Fields(string? token)
    {
        // Enough for every route to act, were the token not checked: a suggestion, a status, a correct sign-in.
        var fields = new Dictionary<string, string>
        {
            ["Page"] = "/chapters/licence",
            ["Text"] = "Forged.",
            ["Status"] = "Accepted",
            ["Note"] = "Forged.",
            ["Email"] = Moderators.Email,
            ["Password"] = Moderators.Password,
        };
        if (token is not null)
        {
            fields["__RequestVerificationToken"] = token;
        }
        return new FormUrlEncodedContent(fields);
    }

    private async Task<HttpClient> ModeratorWithASuggestionAsync()
    {
        using var suggested = await _app.CreateClient(new() { AllowAutoRedirect = false }).SubmitAsync("/suggest?page=%2Fchapters%2Flicence", "/suggest",
            new Dictionary<string, string> { ["Text"] = "A real suggestion." });
        Assert.Equal(HttpStatusCode.Redirect, suggested.StatusCode);
        return await _app.SignedInClientAsync();
    }

    private async Task AssertNothingChangedAsync(HttpClient moderator)
    {
        using var scope = _app.Services.CreateScope();
        var suggestion = Assert.Single(await scope.ServiceProvider.GetRequiredService<HandbookDbContext>().Suggestions.ToListAsync());
        Assert.Equal((1, SuggestionStatus.New, null), (suggestion.Id, suggestion.Status, suggestion.ModeratorNote));
        using var queue = await moderator.GetAsync("/admin/suggestions");
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
    }
}
