using AngleSharp;
using AngleSharp.Dom;

namespace Handbook.Web.Tests.Infrastructure;

/// <summary>Fetches pages and parses them with AngleSharp, as a browser without JavaScript would.</summary>
public static class Html
{
    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}");
        return await ParseAsync(await response.Content.ReadAsStringAsync());
    }

    public static async Task<IDocument> ParseAsync(string html)
    {
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(request => request.Content(html));
    }

    /// <summary>
    /// The section a suggestion form is about: chosen in its list, or, for a section of prose the
    /// form shows with its wording to change, fixed in a hidden field. Null for the whole page.
    /// </summary>
    public static string? ChosenSection(IParentNode form) =>
        form.QuerySelector("select#section option[selected]")?.GetAttribute("value")
        ?? form.QuerySelector("input[type=hidden][name=Section]")?.GetAttribute("value");

    public static string Text(this IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
