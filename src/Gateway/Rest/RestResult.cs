using System.Text.Json;

namespace Gateway.Rest;

/// <summary>What a v4 view answers before rendering: a status, the data as a JSON writer, and its age.</summary>
internal sealed record RestResult(int Status, Action<Utf8JsonWriter> Write, DateTime? LastModified = null)
{
    public static RestResult Detail(int status, string detail) =>
        new(status, writer => RestJsonWriter.WriteDetail(writer, detail));
}
