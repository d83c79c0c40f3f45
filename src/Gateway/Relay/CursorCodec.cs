using System.Buffers.Text;
using System.Text.Json;
using Gateway.Graph;

namespace Gateway.Relay;

/// <summary>
/// Keyset cursors: base64url of a JSON array holding the order's signature and the row's sort values.
/// The signature makes a cursor taken under one order fail clearly under another.
/// </summary>
internal static class CursorCodec
{
    public static string Encode(string signature, IReadOnlyList<object?> values)
    {
        var array = new object?[values.Count + 1];
        array[0] = signature;
        for (var i = 0; i < values.Count; i++)
        {
            array[i + 1] = values[i];
        }

        return Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(array));
    }

    /// <summary>The sort values of <paramref name="cursor"/>, typed as <paramref name="types"/>.</summary>
    public static object?[] Decode(string cursor, string argument, string signature, IReadOnlyList<(Type Type,
        bool Nullable)> types)
    {
        try
        {
            using var json = JsonDocument.Parse(Base64Url.DecodeFromChars(cursor));
            var items = json.RootElement.EnumerateArray().ToList();
            if (items.Count != types.Count + 1 || items[0].GetString() != signature)
            {
                throw Invalid(cursor, argument);
            }

            var values = new object?[types.Count];
            for (var i = 0; i < types.Count; i++)
            {
                var item = items[i + 1];
                if (item.ValueKind == JsonValueKind.Null && !types[i].Nullable)
                {
                    throw Invalid(cursor, argument);
                }

                values[i] = item.Deserialize(types[i].Type);
            }

            return values;
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException)
        {
            throw Invalid(cursor, argument);
        }
    }

    private static GatewayError Invalid(string cursor, string argument) => new(ErrorCodes.InvalidCursor,
        $"{argument} is '{cursor}', which is not a cursor of this connection in this order; " +
        "take cursors from edges or pageInfo of the same field with the same order.");
}
