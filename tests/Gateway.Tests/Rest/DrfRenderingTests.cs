using System.Text;
using System.Text.Json;
using Gateway.Rest;

namespace Gateway.Tests.Rest;

public sealed class DrfRenderingTests
{
    private static readonly DrfDateTimeFormatter NewYork =
        new(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));

    [Theory]
    // Winter: EST, -05:00; no fraction when the microseconds are zero.
    [InlineData("2025-01-15T17:00:00Z", "2025-01-15T12:00:00-05:00")]
    // Summer: EDT, -04:00; six digits when there are microseconds.
    [InlineData("2025-07-04T16:30:00.000001Z", "2025-07-04T12:30:00.000001-04:00")]
    [InlineData("2026-02-16T09:06:14.878135Z", "2026-02-16T04:06:14.878135-05:00")]
    // Spring forward (2025-03-09 07:00 UTC): the last second of EST, then 03:00 EDT.
    [InlineData("2025-03-09T06:59:59Z", "2025-03-09T01:59:59-05:00")]
    [InlineData("2025-03-09T07:00:00Z", "2025-03-09T03:00:00-04:00")]
    // Fall back (2025-11-02 06:00 UTC): 01:30 happens twice, first in EDT, then in EST.
    [InlineData("2025-11-02T05:30:00.5Z", "2025-11-02T01:30:00.500000-04:00")]
    [InlineData("2025-11-02T06:30:00Z", "2025-11-02T01:30:00-05:00")]
    public void Datetimes_are_shown_in_new_york_time_as_python_isoformat(string utc, string expected)
    {
        var instant = DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AdjustToUniversal);

        Assert.Equal(expected, NewYork.Format(instant));
    }

    [Fact]
    public void Utc_zone_writes_z_as_drf_does()
    {
        var utc = new DrfDateTimeFormatter(TimeZoneInfo.Utc);

        Assert.Equal("2025-01-15T17:00:00Z", utc.Format(new DateTime(2025, 1, 15, 17, 0, 0, DateTimeKind.Utc)));
    }

    [Theory]
    // Non-ASCII as raw UTF-8, HTML-special characters as they are (json.dumps with ensure_ascii=False).
    [InlineData("Multisite — use <b>one</b> app & 'quotes'", "\"Multisite — use <b>one</b> app & 'quotes'\"")]
    // Outside the Basic Multilingual Plane and format characters: raw too.
    [InlineData("rocket 🚀 soft\u00adhyphen bom\ufeff", "\"rocket 🚀 soft\u00adhyphen bom\ufeff\"")]
    // The quote, the backslash, named controls, other controls in lowercase hex; DEL stays raw.
    [InlineData("a\"b\\c\n\r\t\b\f\u0001\u001f\u007f", "\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u001f\u007f\"")]
    // U+2028 and U+2029 escaped, as DRF adds.
    [InlineData("line\u2028para\u2029end", "\"line\\u2028para\\u2029end\"")]
    public void Strings_are_escaped_as_drf_json_renderer_does(string value, string expected)
    {
        Assert.Equal(expected, WriteString(value));
        Assert.Equal(expected, WriteUtf8(value));
    }

    [Theory]
    [InlineData("20", 20)]
    [InlineData(" +1_000 ", 1000)]
    [InlineData("\u0661\u0662", 12)]
    [InlineData("-7", -7)]
    [InlineData("007", 7)]
    [InlineData("1__0", null)]
    [InlineData("_1", null)]
    [InlineData("1_", null)]
    [InlineData("1.5", null)]
    [InlineData("", null)]
    [InlineData("\u00b2", null)]
    [InlineData("0x10", null)]
    public void Numbers_are_read_as_python_int_reads_them(string text, int? expected)
    {
        var value = PythonInt.Parse(text);

        Assert.Equal(expected, value is null ? null : (int)value.Value);
    }

    [Theory]
    [InlineData("6045", true)]
    [InlineData("\u00b2", true)]
    [InlineData("\u2460", true)]
    [InlineData("\u2469", false)]
    [InlineData("\u00bd", false)]
    [InlineData("60a", false)]
    [InlineData("", false)]
    public void Segments_are_digits_as_python_isdigit_says(string segment, bool expected)
    {
        Assert.Equal(expected, PythonInt.IsDigit(segment));
    }

    [Theory]
    [InlineData("b=2&a=1&a=3&c&d=&%zz=x&e=%C3&f=%E2%82%AC+x",
        "%25zz=x&a=1&a=3&b=2&c=&d=&e=%EF%BF%BD&f=%E2%82%AC+x")]
    [InlineData("q=a%2Fb%26c&&x=~-._*", "q=a%2Fb%26c&x=~-._%2A")]
    [InlineData("\ue000=1&\U0001F600=2&z=3", "z=3&%EE%80%80=1&%F0%9F%98%80=2")]
    public void Query_strings_are_reencoded_as_python_urlencode_of_sorted_parse_qs(string query, string expected)
    {
        Assert.Equal(expected, PythonUrl.Encode(PythonUrl.ParseQuery(query)));
    }

    private static readonly JsonWriterOptions Options = new() { Encoder = DrfJavaScriptEncoder.Instance };

    private static string WriteString(string value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStringValue(value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string WriteUtf8(string value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStringValue(Encoding.UTF8.GetBytes(value));
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
