using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Gateway.Rest;

/// <summary>
/// Escapes JSON strings as DRF's JSON renderer does (Python's <c>json.dumps(ensure_ascii=False)</c>, then
/// U+2028 and U+2029 escaped): only the quote, the backslash, control characters below U+0020 (<c>\n</c>,
/// <c>\r</c>, <c>\t</c>, <c>\b</c>, <c>\f</c> by name, others as lowercase <c>\u00xx</c>) and the two line
/// separators are escaped; every other character, HTML-special or not ASCII, is written as raw UTF-8.
/// </summary>
/// <remarks>
/// Hand-written because the built-in encoders always escape some characters that Python writes raw
/// (characters outside the Basic Multilingual Plane, format characters such as U+00AD) and write upper-case
/// hex digits.
/// </remarks>
internal sealed class DrfJavaScriptEncoder : JavaScriptEncoder
{
    private static readonly SearchValues<char> CharsToEscape = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f" +
        "\"\\\u2028\u2029");

    // Note: U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8, so any 0xE2 byte needs a closer look.
    private static readonly SearchValues<byte> BytesToInspect = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(b => (byte)b), (byte)'"', (byte)'\\', (byte)0xE2]);

    private DrfJavaScriptEncoder()
    {
    }

    /// <summary>The one instance.</summary>
    public static DrfJavaScriptEncoder Instance { get; } = new();

    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength) =>
        new ReadOnlySpan<char>(text, textLength).IndexOfAny(CharsToEscape);

    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
    {
        var offset = 0;
        while (true)
        {
            var index = utf8Text[offset..].IndexOfAny(BytesToInspect);
            if (index < 0)
            {
                return -1;
            }

            var at = offset + index;
            if (utf8Text[at] != 0xE2 || IsLineSeparator(utf8Text[at..]))
            {
                return at;
            }

            offset = at + 1;
        }
    }

    public override unsafe bool TryEncodeUnicodeScalar(
        int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var destination = new Span<char>(buffer, bufferLength);
        ReadOnlySpan<char> escaped = unicodeScalar switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\b' => "\\b",
            '\f' => "\\f",
            0x2028 => "\\u2028",
            0x2029 => "\\u2029",
            < 0x20 => $"\\u{unicodeScalar:x4}",
            _ => default,
        };

        if (escaped.IsEmpty)
        {
            if (!new Rune(unicodeScalar).TryEncodeToUtf16(destination, out numberOfCharactersWritten))
            {
                return false;
            }

            return true;
        }

        numberOfCharactersWritten = 0;
        if (!escaped.TryCopyTo(destination))
        {
            return false;
        }

        numberOfCharactersWritten = escaped.Length;
        return true;
    }

    public override bool WillEncode(int unicodeScalar) =>
        unicodeScalar is < 0x20 or '"' or '\\' or 0x2028 or 0x2029;

    private static bool IsLineSeparator(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 3 && bytes[1] == 0x80 && bytes[2] is 0xA8 or 0xA9;
}
