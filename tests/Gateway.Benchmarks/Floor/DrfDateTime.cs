using System.Globalization;

namespace Gateway.Benchmarks.Floor;

/// <summary>
/// A UTC timestamp as Django REST Framework renders it with <c>TIME_ZONE = "America/New_York"</c>:
/// local time, Python's <c>isoformat()</c> (six fraction digits, none when the microseconds are zero).
/// </summary>
internal static class DrfDateTime
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    public static string Format(DateTime utc)
    {
        utc = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        var offset = NewYork.GetUtcOffset(utc);
        var local = utc + offset;
        var text = local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        var microseconds = local.Ticks % TimeSpan.TicksPerSecond / 10;
        if (microseconds != 0)
        {
            text += "." + microseconds.ToString("D6", CultureInfo.InvariantCulture);
        }

        var sign = offset < TimeSpan.Zero ? '-' : '+';
        return text + sign + offset.Duration().ToString("hh\\:mm", CultureInfo.InvariantCulture);
    }
}
