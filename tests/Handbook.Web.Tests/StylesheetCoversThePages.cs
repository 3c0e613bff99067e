using System.Net;
using Handbook.Web.Tests.Infrastructure;

namespace Handbook.Web.Tests;

/// <summary>
/// The stylesheet compiles only the GOV.UK Frontend components the views use: a view that starts
/// using another component must add it to Styles/handbook.scss, or its page would be unstyled. (Some
/// classes in the markup, such as govuk-table__row, are styled by no part of the library.)
/// </summary>
public sealed class StylesheetCoversThePages : IDisposable
{
    private readonly HandbookFactory _app = new(Handbooks.TwoParts());

    public void Dispose()
    {
        _app.Dispose();
        _app.Content.Dispose();
    }

    [Fact]
    public async Task Every_GOV_UK_class_a_page_uses_is_in_the_stylesheet()
    {
        var reader = _app.CreateClient();
        var stylesheet = await reader.GetStringAsync("/css/handbook.css");
        // The whole library, as npm installed it for the build: the classes it styles.
        var library = await File.ReadAllTextAsync(Path.Combine(SourceFacts.RepositoryRoot, "node_modules", "govuk-frontend", "dist", "govuk", "govuk-frontend.min.css"));
        var pages = new List<AngleSharp.Dom.IDocument>();
        foreach (var url in new[]
        {
            "/", "/contents", "/chapters/work-with-agility", "/roles", "/roles/product-manager",
            "/roles/compare?from=product-manager&to=senior-product-manager", "/skills", "/skills/user-focus",
            "/reading", "/search?q=agility", "/suggest?page=/chapters/work-with-agility", "/print",
        })
        {
            pages.Add(await reader.GetDocumentAsync(url));
        }
        using (var notFound = await reader.GetAsync("/no-such-page"))
        {
            Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
            pages.Add(await notFound.DocumentAsync());
        }
        using (var withErrors = await reader.SubmitAsync("/suggest?page=/chapters/work-with-agility", "/suggest", new Dictionary<string, string> { ["Text"] = "" }))
        {
            pages.Add(await withErrors.DocumentAsync());
        }
        using (var sent = await reader.SubmitAsync("/suggest?page=/chapters/work-with-agility", "/suggest", new Dictionary<string, string> { ["Text"] = "Clearer, please." }))
        {
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
            pages.Add(await sent.DocumentAsync());
        }
        var moderator = await _app.SignedInClientAsync();
        pages.Add(await moderator.GetDocumentAsync("/admin/sign-in"));
        var queue = await moderator.GetDocumentAsync("/admin/suggestions");
        pages.Add(queue);
        pages.Add(await moderator.GetDocumentAsync(queue.QuerySelector("a[href^='/admin/suggestions/']")!.GetAttribute("href")!));

        var missing = pages
            .SelectMany(page => page.QuerySelectorAll("[class]").SelectMany(e => e.ClassList))
            .Where(name => name.StartsWith("govuk-", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Select(name => "." + name.Replace("!", "\\!", StringComparison.Ordinal))
            .Where(selector => Styles(library, selector) && !Styles(stylesheet, selector))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Empty(missing);
    }

    /// <summary>Whether the stylesheet has a rule for the class (not only for a longer class it begins).</summary>
    private static bool Styles(string css, string selector) =>
        System.Text.RegularExpressions.Regex.IsMatch(css, System.Text.RegularExpressions.Regex.Escape(selector) + "(?![a-zA-Z0-9_-])");
}
