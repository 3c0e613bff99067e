using Microsoft.Playwright;

namespace Handbook.Web.Tests.Browser;

/// <summary>
/// One headless Debian Chromium for all browser tests, driven by Playwright. Chromium is not
/// downloaded: it is the system's <c>/usr/bin/chromium</c>, which .ci/run installs.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static bool IsAvailable => File.Exists(ChromiumPath);

    public async Task InitializeAsync()
    {
        if (!IsAvailable)
        {
            return;
        }
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
    }

    /// <summary>
    /// A new page. It bypasses the site's Content-Security-Policy only so that the tests can inject
    /// axe-core as an inline script; <c>SecurityInBrowser</c> checks pages under the real policy.
    /// </summary>
    public Task<IPage> NewPageAsync(BrowserNewPageOptions? options = null)
    {
        options ??= new BrowserNewPageOptions();
        options.BypassCSP = true;
        return Browser.NewPageAsync(options);
    }

    public async Task DisposeAsync()
    {
        if (_playwright is null)
        {
            return;
        }
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

/// <summary>A theory that needs Chromium: skipped without it, except in CI.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = BrowserFactAttribute.SkipReason;
}

/// <summary>
/// A test that needs Chromium. Without it, on a laptop, the test is skipped with a message saying
/// how to install it; in CI (CI=true) it always runs, so a missing browser fails loudly.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = SkipReason;

    internal static string? SkipReason => !BrowserFixture.IsAvailable && Environment.GetEnvironmentVariable("CI") != "true"
        ? $"Chromium is not at {BrowserFixture.ChromiumPath}: install it (apt-get install chromium) to run the browser tests."
        : null;
}
