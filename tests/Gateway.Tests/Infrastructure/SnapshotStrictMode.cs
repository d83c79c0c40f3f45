using System.Runtime.CompilerServices;

namespace Gateway.Tests.Infrastructure;

/// <summary>
/// Makes a missing snapshot fail the test on CI. Snapshooter 1.3.1 writes a missing snapshot and
/// passes unless <c>SNAPSHOOTER_STRICT_MODE</c> is <c>true</c>; it does not look at <c>CI</c> itself,
/// so a forgotten snapshot file would otherwise pass on CI unnoticed.
/// </summary>
internal static class SnapshotStrictMode
{
    [ModuleInitializer]
    internal static void TurnOnWhenOnCi()
    {
        var ci = Environment.GetEnvironmentVariable("CI");
        if (!string.IsNullOrEmpty(ci) && !string.Equals(ci, "false", StringComparison.OrdinalIgnoreCase))
        {
            Environment.SetEnvironmentVariable("SNAPSHOOTER_STRICT_MODE", "true");
        }
    }
}
