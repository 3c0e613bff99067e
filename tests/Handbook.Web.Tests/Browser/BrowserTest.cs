using Handbook.Testing;
using Handbook.Web.Tests.Infrastructure;

namespace Handbook.Web.Tests.Browser;

/// <summary>
/// A browser test over the small two-part handbook: the app starts on a real port the first time a
/// test asks for it, and stops with its content folder when the test ends.
/// </summary>
public abstract class BrowserTest(BrowserFixture browser) : IDisposable
{
    private readonly ContentBuilder _content = Handbooks.TwoParts();
    private BrowserApp? _app;

    protected BrowserFixture Browser { get; } = browser;

    protected BrowserApp App => _app ??= new BrowserApp(_content);

    public void Dispose()
    {
        _app?.Dispose();
        _content.Dispose();
        GC.SuppressFinalize(this);
    }
}
