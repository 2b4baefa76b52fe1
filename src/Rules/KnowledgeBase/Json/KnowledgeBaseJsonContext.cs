namespace CdsService.Rules.KnowledgeBase.Json;

using System.Text.Json.Serialization;

// Source-generated so start-up needs no reflection; unknown members are refused so a misspelt key cannot vanish silently.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    AllowTrailingCommas = false)]
[JsonSerializable(typeof(KnowledgeBaseDocument))]
internal sealed partial class KnowledgeBaseJsonContext : JsonSerializerContext;
