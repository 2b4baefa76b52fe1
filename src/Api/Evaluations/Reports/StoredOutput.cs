namespace CdsService.Api.Evaluations.Reports;

using System.Text.Json.Nodes;

/// <summary>
/// Tolerant accessors over the stored answer: the report must render any audited answer, including ones written by
/// an older contract version, so a missing or differently typed member reads as absent instead of failing.
/// </summary>
internal static class StoredOutput
{
    public static JsonObject? Object(JsonNode? node, string name) => (node as JsonObject)?[name] as JsonObject;

    public static IEnumerable<JsonNode> Array(JsonNode? node, string name) =>
        ((node as JsonObject)?[name] as JsonArray)?.OfType<JsonNode>() ?? [];

    public static string? String(JsonNode? node, string name) =>
        (node as JsonObject)?[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    public static int? Int(JsonNode? node, string name) =>
        (node as JsonObject)?[name] is JsonValue v && v.TryGetValue<int>(out var i) ? i : null;

    public static bool? Bool(JsonNode? node, string name) =>
        (node as JsonObject)?[name] is JsonValue v && v.TryGetValue<bool>(out var b) ? b : null;

    public static IReadOnlyList<string> Strings(JsonNode? node, string name) =>
        Array(node, name).OfType<JsonValue>().Select(v => v.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToList();

    public static IReadOnlyList<ReportCitation> Citations(JsonNode? node, string name = "citations") =>
        Array(node, name).Select(c => new ReportCitation(
            Int(c, "ref"), String(c, "source"), String(c, "text"), String(c, "section"), String(c, "url"),
            String(c, "paper"), String(c, "identification"))).ToList();

    public static IReadOnlyList<ReportNote> Notes(JsonNode? node, string name) =>
        Array(node, name).Select(Note).ToList();

    public static ReportNote Note(JsonNode n) =>
        new(String(n, "code") ?? "", String(n, "text") ?? String(n, "note") ?? "", Citations(n));
}
