namespace CdsService.Api.CdsHooks.Feedback;

using System.Globalization;
using System.Text.Json;
using CdsService.Api.Validation;

/// <summary>
/// CDS Hooks 2.0 §Feedback (docs/cds-hooks.md FB2, FB6): card and outcome required, acceptedSuggestions required when
/// accepted (cds-fb-1), overrideReason only when overridden and with a reason or a comment; a reason Coding
/// without display is accepted, since the sandbox sends one.
/// </summary>
public static class FeedbackParser
{
    public static (IReadOnlyList<FeedbackEntry> Entries, IReadOnlyList<string> Errors) Parse(JsonElement root, string serviceId)
    {
        var entries = new List<FeedbackEntry>();
        var errors = new List<string>();
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("feedback", out var list)
            || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            return (entries, ["feedback: required, a non-empty array."]);
        }

        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            var entry = ParseEntry(item, serviceId, $"feedback[{i++}].", errors);
            if (entry is not null)
            {
                entries.Add(entry);
            }
        }

        return (errors.Count == 0 ? entries : [], errors);
    }

    private static FeedbackEntry? ParseEntry(JsonElement item, string serviceId, string path, List<string> errors)
    {
        var count = errors.Count;
        if (item.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path[..^1]}: must be an object.");
            return null;
        }

        var card = Text(item, "card");
        var outcome = Text(item, "outcome");
        if (card is null)
        {
            errors.Add($"{path}card: required.");
        }
        else if (Identifier.Problem(card) is { } problem)
        {
            errors.Add($"{path}card: {problem}.");
        }

        if (outcome is not ("accepted" or "overridden"))
        {
            errors.Add($"{path}outcome: 'accepted' or 'overridden'.");
        }

        DateTimeOffset at = default;
        if (Text(item, "outcomeTimestamp") is not { } stamp
            || !DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out at) || !stamp.Contains('T', StringComparison.Ordinal))
        {
            errors.Add($"{path}outcomeTimestamp: required, an RFC 3339 date-time.");
        }

        var accepted = Suggestions(item, outcome, path, errors);
        var reason = OverrideReasonReader.Read(item, outcome, path, errors);
        return errors.Count > count ? null
            : new FeedbackEntry(serviceId, card!, outcome!, at.ToUniversalTime(), accepted, reason.System, reason.Code, reason.Display, reason.Comment);
    }

    private static List<string> Suggestions(JsonElement item, string? outcome, string path, List<string> errors)
    {
        var has = item.TryGetProperty("acceptedSuggestions", out var list) && list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > 0;
        var ids = has ? list.EnumerateArray().Select(s => s.ValueKind == JsonValueKind.Object ? Text(s, "id") : null).ToList() : [];
        if (outcome == "accepted" && (!has || ids.Any(id => id is null)))
        {
            errors.Add($"{path}acceptedSuggestions: required when accepted, each with an id (cds-fb-1).");
        }
        else if (outcome == "overridden" && item.TryGetProperty("acceptedSuggestions", out _))
        {
            errors.Add($"{path}acceptedSuggestions: only with outcome 'accepted'.");
        }

        return ids.Where(id => id is not null).Select(id => id!).ToList();
    }

    internal static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0 ? value.GetString() : null;
}
