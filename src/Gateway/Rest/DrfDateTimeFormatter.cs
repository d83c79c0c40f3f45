namespace Gateway.Rest;

/// <summary>
/// Writes a stored UTC time as DRF's <c>DateTimeField</c> does with <c>USE_TZ = True</c>: converted to the
/// configured zone (daylight saving included), in Python's <c>isoformat()</c> style (no fraction when the
/// microseconds are zero, otherwise exactly six digits; the zone's offset as <c>±HH:MM</c>), and with a
/// <c>+00:00</c> offset written as <c>Z</c>.
/// </summary>
/// <remarks>
/// Note: .NET keeps 100 ns ticks where Python keeps microseconds; the extra digit is dropped, as the stores
/// never hold it. Offsets are whole minutes in .NET, so local mean times before 1883 lose their seconds.
/// </remarks>
internal sealed class DrfDateTimeFormatter(TimeZoneInfo zone)
{
    /// <summary>The longest text: <c>YYYY-MM-DDTHH:MM:SS.ffffff+HH:MM</c>.</summary>
    public const int MaxLength = 32;

    public TimeZoneInfo Zone => zone;

    /// <summary>Formats <paramref name="utc"/> into <paramref name="destination"/> and returns the length.</summary>
    public int Format(DateTime utc, Span<byte> destination)
    {
        var instant = DateTime.SpecifyKind(utc, DateTimeKind.Utc);
        var offset = zone.GetUtcOffset(instant);
        var local = instant.Add(offset);
        var length = 0;
        Digits(local.Year, 4, destination, ref length);
        destination[length++] = (byte)'-';
        Digits(local.Month, 2, destination, ref length);
        destination[length++] = (byte)'-';
        Digits(local.Day, 2, destination, ref length);
        destination[length++] = (byte)'T';
        Digits(local.Hour, 2, destination, ref length);
        destination[length++] = (byte)':';
        Digits(local.Minute, 2, destination, ref length);
        destination[length++] = (byte)':';
        Digits(local.Second, 2, destination, ref length);
        var microseconds = (int)(local.Ticks % TimeSpan.TicksPerSecond / 10);
        if (microseconds != 0)
        {
            destination[length++] = (byte)'.';
            Digits(microseconds, 6, destination, ref length);
        }

        WriteOffset(offset, destination, ref length);
        return length;
    }

    /// <summary>The same text as a string, for the tests and the HTML page.</summary>
    public string Format(DateTime utc)
    {
        Span<byte> buffer = stackalloc byte[MaxLength];
        var length = Format(utc, buffer);
        return System.Text.Encoding.ASCII.GetString(buffer[..length]);
    }

    private static void WriteOffset(TimeSpan offset, Span<byte> destination, ref int length)
    {
        if (offset == TimeSpan.Zero)
        {
            destination[length++] = (byte)'Z';
            return;
        }

        destination[length++] = offset < TimeSpan.Zero ? (byte)'-' : (byte)'+';
        var magnitude = offset.Duration();
        Digits(magnitude.Hours, 2, destination, ref length);
        destination[length++] = (byte)':';
        Digits(magnitude.Minutes, 2, destination, ref length);
    }

    private static void Digits(int value, int width, Span<byte> destination, ref int length)
    {
        for (var i = width - 1; i >= 0; i--)
        {
            destination[length + i] = (byte)('0' + (value % 10));
            value /= 10;
        }

        length += width;
    }
}
