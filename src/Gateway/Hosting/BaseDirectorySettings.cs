using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Gateway.Hosting;

/// <summary>
/// Reads the <c>appsettings*.json</c> files shipped beside the executable when the content root (the
/// current directory) has none, as when the gateway is started from the repository root or a verb is
/// run from elsewhere. They are added first, so the environment and the command line still win.
/// </summary>
internal static class BaseDirectorySettings
{
    public static void AddTo(IConfigurationManager configuration, IHostEnvironment environment)
    {
        var baseDirectory = AppContext.BaseDirectory;
        if (File.Exists(Path.Combine(environment.ContentRootPath, "appsettings.json"))
            || !File.Exists(Path.Combine(baseDirectory, "appsettings.json")))
        {
            return;
        }

        var files = new PhysicalFileProvider(baseDirectory);
        configuration.Sources.Insert(0, Json(files, "appsettings.json"));
        configuration.Sources.Insert(1, Json(files, $"appsettings.{environment.EnvironmentName}.json"));
    }

    private static JsonConfigurationSource Json(IFileProvider files, string path) => new()
    {
        FileProvider = files,
        Path = path,
        Optional = true,
        ReloadOnChange = false,
    };
}
