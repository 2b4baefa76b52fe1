namespace CdsService.Api.CdsHooks.Contracts;

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

/// <summary>CDS Hooks 2.0 §General: JSON with optional members omitted, never null (docs/cds-hooks.md G2).</summary>
public static class CdsHooksJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Request reading: bounded depth, no comments or trailing commas (docs/cds-hooks.md G4).</summary>
    public static JsonDocumentOptions DocumentOptions { get; } = new() { MaxDepth = 64 };
}
