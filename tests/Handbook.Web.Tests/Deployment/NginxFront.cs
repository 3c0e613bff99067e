using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Handbook.Web.Tests.Infrastructure;

namespace Handbook.Web.Tests.Deployment;

/// <summary>
/// Debian's nginx running <c>deploy/nginx.conf</c> on 127.0.0.1, in front of the given app instances,
/// from a prefix folder of its own (its cache, logs and pid there); stopped and deleted on Dispose.
/// </summary>
public sealed class NginxFront : IDisposable
{
    public const string NginxPath = "/usr/sbin/nginx";

    private readonly string _prefix = Path.Combine(Path.GetTempPath(), "handbook-nginx-" + Guid.NewGuid().ToString("N"));
    private readonly Process _nginx;

    public NginxFront(string instance1, string instance2)
    {
        Directory.CreateDirectory(_prefix);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var handbook = File.ReadAllText(Path.Combine(SourceFacts.RepositoryRoot, "deploy", "nginx.conf"))
            .Replace("${HANDBOOK_CACHE}", Path.Combine(_prefix, "cache"), StringComparison.Ordinal)
            .Replace("${HANDBOOK_INSTANCE_1}", instance1, StringComparison.Ordinal)
            .Replace("${HANDBOOK_INSTANCE_2}", instance2, StringComparison.Ordinal)
            .Replace("${HANDBOOK_LISTEN}", $"127.0.0.1:{port}", StringComparison.Ordinal)
            .Replace("${HANDBOOK_SERVER_NAME}", "127.0.0.1", StringComparison.Ordinal)
            .Replace("${HANDBOOK_WWWROOT}", Path.Combine(SourceFacts.RepositoryRoot, "src", "Handbook.Web", "wwwroot"), StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\$\{HANDBOOK_\w+\}", handbook); // every variable filled in
        File.WriteAllText(Path.Combine(_prefix, "handbook.conf"), handbook);
        // As root, nginx would run its workers as nobody, who may not enter this folder.
        var user = Environment.UserName == "root" ? "user root;\n" : "";
        File.WriteAllText(Path.Combine(_prefix, "nginx.conf"), user + $$"""
            daemon off;
            worker_processes 1;
            pid {{_prefix}}/nginx.pid;
            error_log {{_prefix}}/error.log warn;
            events { worker_connections 256; }
            http {
                include /etc/nginx/mime.types;
                default_type application/octet-stream;
                access_log off;
                client_body_temp_path {{_prefix}}/body;
                proxy_temp_path {{_prefix}}/proxy;
                fastcgi_temp_path {{_prefix}}/fastcgi;
                uwsgi_temp_path {{_prefix}}/uwsgi;
                scgi_temp_path {{_prefix}}/scgi;
                include {{_prefix}}/handbook.conf;
            }
            """);
        _nginx = Process.Start(new ProcessStartInfo(NginxPath)
        {
            ArgumentList = { "-p", _prefix, "-c", Path.Combine(_prefix, "nginx.conf") },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        WaitUntilListening(port);
    }

    public string BaseUrl { get; }

    public string Url(string path) => BaseUrl + path;

    /// <summary>What nginx wrote to its error log, for a failing test to show.</summary>
    public string ErrorLog => File.Exists(Path.Combine(_prefix, "error.log")) ? File.ReadAllText(Path.Combine(_prefix, "error.log")) : "";

    public static bool IsAvailable => File.Exists(NginxPath);

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void WaitUntilListening(int port)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (_nginx.HasExited)
            {
                throw new InvalidOperationException($"nginx exited ({_nginx.ExitCode}): {_nginx.StandardError.ReadToEnd()}{ErrorLog}");
            }
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(20);
            }
        }
        throw new InvalidOperationException("nginx did not listen on port " + port.ToString(CultureInfo.InvariantCulture) + ": " + ErrorLog);
    }

    public void Dispose()
    {
        if (!_nginx.HasExited)
        {
            _nginx.Kill(entireProcessTree: true);
            _nginx.WaitForExit(5000);
        }
        _nginx.Dispose();
        try
        {
            Directory.Delete(_prefix, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean if a worker still holds a file.
        }
        catch (UnauthorizedAccessException)
        {
            // The cache folder belongs to nginx's worker user.
        }
    }
}

/// <summary>
/// A test that needs Debian's nginx. Without it, on a laptop, the test is skipped with a message saying
/// how to install it; in CI (CI=true) it always runs, so a missing nginx fails loudly.
/// </summary>
public sealed class NginxFactAttribute : FactAttribute
{
    public NginxFactAttribute()
    {
        if (!NginxFront.IsAvailable && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"nginx is not at {NginxFront.NginxPath}: install it (apt-get install nginx-light) to run the tests of deploy/nginx.conf.";
        }
    }
}
