namespace CdsService.Api.Smart;

using System.Text.Json;

/// <summary>camelCase, as every stored JSON document of the service.</summary>
public static class SmartJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
