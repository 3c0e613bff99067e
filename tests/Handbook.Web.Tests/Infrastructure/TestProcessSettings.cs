using System.Runtime.CompilerServices;

namespace Handbook.Web.Tests.Infrastructure;

internal static class TestProcessSettings
{
    /// <summary>
    /// Dozens of app hosts start in this one test process; each would watch appsettings.json and the
    /// versioned static files with inotify, of which Linux allows 128 instances a user. Tests never
    /// edit those files, so configuration is not reloaded and file providers poll instead.
    /// </summary>
    [ModuleInitializer]
    internal static void DoNotUseInotifyForAppFiles()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
