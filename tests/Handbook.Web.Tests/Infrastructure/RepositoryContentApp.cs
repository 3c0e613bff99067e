using Handbook.Testing;

namespace Handbook.Web.Tests.Infrastructure;

/// <summary>One app over the repository's content/ for all of <see cref="Handbook.Web.Tests.RepositoryContent"/>'s checks: they only read.</summary>
public sealed class RepositoryContentApp : IDisposable
{
    public RepositoryContentApp()
    {
        Factory = new HandbookFactory(ContentBuilder.Existing(SourceFacts.ContentFolder));
        Client = Factory.CreateClient();
    }

    public HandbookFactory Factory { get; }

    public HttpClient Client { get; }

    public HttpClient CreateClient(bool allowAutoRedirect) => Factory.CreateClient(new() { AllowAutoRedirect = allowAutoRedirect });

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
    }
}
