using System.Net;
using Handbook.Testing;
using Handbook.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Handbook.Web.Tests.Browser;

/// <summary>The app on a real Kestrel port on 127.0.0.1, for the browser to visit.</summary>
public sealed class BrowserApp : IDisposable
{
    private readonly HandbookFactory _factory;

    /// <summary>The factory behind the app, for setting up data such as a moderator.</summary>
    public HandbookFactory Factory => _factory;

    /// <param name="configure">Settings for the app, made before it starts (<see cref="HandbookFactory.WithSetting"/>).</param>
    public BrowserApp(ContentBuilder content, bool inDevelopment = false, Action<HandbookFactory>? configure = null)
    {
        _factory = new HandbookFactory(content);
        if (inDevelopment)
        {
            _factory.InDevelopment();
        }
        configure?.Invoke(_factory);
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseUrl = addresses.Addresses.Single().TrimEnd('/');
    }

    public string BaseUrl { get; }

    public string Url(string path) => BaseUrl + path;

    public void Dispose() => _factory.Dispose();
}
