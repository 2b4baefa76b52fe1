namespace CdsService.Api.CdsHooks.Feedback;

using System.Text.Json.Nodes;
using CdsService.Api.Auth;
using CdsService.Api.Persistence.Feedback;

/// <summary>
/// Stores parsed feedback on the shared table, once per card, outcome and outcome time, however often the client
/// sends it (CDS Hooks 2.0 "Feedback"; docs/cds-hooks.md FB3).
/// </summary>
public static class FeedbackSaver
{
    /// <summary>Returns how many entries were new.</summary>
    public static async Task<int> SaveAsync(this ICdsHooksFeedbackStore store, IReadOnlyList<FeedbackEntry> entries, Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(entries);
        var added = 0;
        foreach (var entry in entries)
        {
            var record = new CdsHooksFeedback(entry.ServiceId, entry.Card, entry.Outcome, entry.OutcomeTimestamp,
                Suggestions(entry), OverrideReason(entry)) { Caller = caller };
            added += await store.AddAsync(record, cancellationToken) ? 1 : 0;
        }

        return added;
    }

    private static string? Suggestions(FeedbackEntry entry) => entry.AcceptedSuggestions.Count == 0
        ? null
        : new JsonArray(entry.AcceptedSuggestions.Select(id => (JsonNode)new JsonObject { ["id"] = id }).ToArray()).ToJsonString();

    private static string? OverrideReason(FeedbackEntry entry)
    {
        if (entry.OverrideReasonCode is null && entry.UserComment is null)
        {
            return null;
        }

        var reason = new JsonObject();
        if (entry.OverrideReasonCode is not null)
        {
            var coding = new JsonObject { ["code"] = entry.OverrideReasonCode };
            if (entry.OverrideReasonSystem is not null)
            {
                coding["system"] = entry.OverrideReasonSystem;
            }

            if (entry.OverrideReasonDisplay is not null)
            {
                coding["display"] = entry.OverrideReasonDisplay;
            }

            reason["reason"] = coding;
        }

        if (entry.UserComment is not null)
        {
            reason["userComment"] = entry.UserComment;
        }

        return reason.ToJsonString();
    }
}
