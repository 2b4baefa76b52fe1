namespace CdsService.Api.Evaluations;

using System.Text.Json;

internal static class StoredJson
{
    /// <summary>Returns the stored JSON as an element detached from its document, so it can outlive the parse.</summary>
    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
