using System.Globalization;
using System.Text;
using Gateway.Graph;

namespace Gateway.Relay;

/// <summary>
/// Relay global ids: standard base64 of <c>TypeName:databaseId</c> (for example <c>Package:6045</c> is
/// <c>UGFja2FnZTo2MDQ1</c>). Clients must treat them as opaque; the form is stable so that stored ids
/// keep working.
/// </summary>
public static class GlobalId
{
    /// <summary>The global id of the <paramref name="typeName"/> with <paramref name="databaseId"/>.</summary>
    public static string Encode(string typeName, int databaseId) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(
            typeName + ":" + databaseId.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Reads a global id; false when it is not of the form this API makes.</summary>
    public static bool TryDecode(string id, out string typeName, out int databaseId)
    {
        typeName = "";
        databaseId = 0;
        var bytes = new byte[id.Length];
        if (!Convert.TryFromBase64String(id, bytes, out var length))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(bytes, 0, length);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture,
                out databaseId))
        {
            return false;
        }

        typeName = text[..colon];
        return true;
    }

    /// <summary>
    /// Reads a global id that must name one of <paramref name="allowedTypes"/>; otherwise throws an
    /// <see cref="ErrorCodes.InvalidId"/> error naming the bad id.
    /// </summary>
    public static (string TypeName, int DatabaseId) Decode(string id, IReadOnlyCollection<string> allowedTypes)
    {
        if (!TryDecode(id, out var typeName, out var databaseId))
        {
            throw new GatewayError(ErrorCodes.InvalidId,
                $"'{id}' is not a global id of this API: ids are opaque strings taken from an 'id' field.");
        }

        if (!allowedTypes.Contains(typeName))
        {
            throw new GatewayError(ErrorCodes.InvalidId,
                $"'{id}' is the id of a {typeName}, which is not one of: {string.Join(", ", allowedTypes)}.");
        }

        return (typeName, databaseId);
    }
}
