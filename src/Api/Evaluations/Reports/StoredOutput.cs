namespace CdsService.Api.Evaluations.Reports;

using System.Text.Json.Nodes;
using CdsService.Rules.Engine;

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
        new(String(n, "code") ?? "", String(n, "text") ?? String(n, "note") ?? "", Citations(n)) { Currency = DatedNotes(n) };

    /// <summary>
    /// The dated notes of an item: a list since knowledge base 2.0.0; a single object with external citations before,
    /// read as one note whose verification was not recorded.
    /// </summary>
    public static IReadOnlyList<ReportDatedNote> DatedNotes(JsonNode? node)
    {
        var currency = (node as JsonObject)?["currency"];
        if (currency is JsonObject single)
        {
            var sources = Citations(single).Where(c => c.Url is not null).Select(c => new ReportSource(c.Url!, c.Source ?? "external", null, true)).ToList();
            return [new ReportDatedNote("", String(single, "asOf") ?? "", String(single, "note") ?? "", null, null, sources)];
        }

        return Array(node, "currency").Select(c => new ReportDatedNote(
            String(c, "id") ?? "", String(c, "asOf") ?? "", String(c, "note") ?? "", String(c, "clinicianNote"), Bool(c, "verified"),
            Sources(c)) { AsOfKind = String(c, "asOfKind") == CurrencyNote.SearchDate ? CurrencyNote.SearchDate : CurrencyNote.EventDate }).ToList();
    }

    public static ReportAvailability? Availability(JsonNode? node) =>
        Object(node, "availability") is { } a
            ? new ReportAvailability(String(a, "status") ?? "unknown", Int(a, "tier"), String(a, "label"), String(a, "indication"), String(a, "note"),
                String(a, "asOf"), Bool(a, "verified") ?? false, Sources(a))
            : null;

    private static List<ReportSource> Sources(JsonNode? node) =>
        Array(node, "sources").Select(s => new ReportSource(String(s, "url") ?? "", String(s, "kind") ?? "", String(s, "detail"), Bool(s, "reliedOn") ?? true))
            .Where(s => s.Url.Length > 0)
            .ToList();
}
