namespace CdsService.Api.CdsHooks.Feedback;

using System.Text.Json;

/// <summary>CDS Hooks 2.0 §Overridden guidance: overrideReason = { reason: Coding, userComment }, at least one of them.</summary>
internal static class OverrideReasonReader
{
    public sealed record Reason(string? System, string? Code, string? Display, string? Comment);

    public static Reason Read(JsonElement item, string? outcome, string path, List<string> errors)
    {
        if (!item.TryGetProperty("overrideReason", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return new Reason(null, null, null, null);
        }

        if (outcome != "overridden" || value.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{path}overrideReason: an object, only with outcome 'overridden'.");
            return new Reason(null, null, null, null);
        }

        var comment = FeedbackParser.Text(value, "userComment");
        string? system = null, code = null, display = null;
        if (value.TryGetProperty("reason", out var reason) && reason.ValueKind == JsonValueKind.Object)
        {
            system = FeedbackParser.Text(reason, "system");
            code = FeedbackParser.Text(reason, "code");
            display = FeedbackParser.Text(reason, "display");
            if (code is null)
            {
                errors.Add($"{path}overrideReason.reason.code: required in a reason Coding.");
            }
        }
        else if (comment is null)
        {
            errors.Add($"{path}overrideReason: needs a reason or a userComment.");
        }

        return new Reason(system, code, display, comment);
    }
}
