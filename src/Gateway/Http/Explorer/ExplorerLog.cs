namespace Gateway.Http.Explorer;

/// <summary>The explorer's log events.</summary>
internal static partial class ExplorerLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information,
        Message = "Banana Cake Pop is served at {Path} from {AssetsDirectory}")]
    public static partial void Serving(ILogger logger, string path, string assetsDirectory);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning,
        Message = "Banana Cake Pop is switched on but its files are missing from {AssetsDirectory}; " +
            "run `npm ci` at the repository root and build again. The IDE is off.")]
    public static partial void AssetsMissing(ILogger logger, string assetsDirectory);
}
