namespace CdsService.Api.CdsHooks.Cards;

using System.Globalization;
using CdsService.Rules.Engine;
using CdsService.Rules.Model;

/// <summary>Short texts for summaries and Markdown; no HTML reaches a card (checklist C4).</summary>
public static class CardText
{
    /// <summary>CDS Hooks 2.0 §Card: "One-sentence, &lt;140-character summary" (checklist C3).</summary>
    public const int MaxSummary = 139;

    /// <summary>The preferred summary if it fits, else the shorter fallback, else the fallback cut at a word.</summary>
    public static string Summary(string preferred, string fallback)
    {
        ArgumentNullException.ThrowIfNull(preferred);
        ArgumentNullException.ThrowIfNull(fallback);
        if (preferred.Length <= MaxSummary)
        {
            return preferred;
        }

        if (fallback.Length <= MaxSummary)
        {
            return fallback;
        }

        var cut = fallback.LastIndexOf(' ', MaxSummary - 1);
        return fallback[..(cut > 0 ? cut : MaxSummary - 1)] + "…";
    }

    public static string Status(Her2Status status) => status switch
    {
        Her2Status.Positive => "positive",
        Her2Status.Negative => "negative",
        Her2Status.Equivocal => "equivocal",
        Her2Status.Pending => "pending",
        Her2Status.Indeterminate => "indeterminate",
        _ => "unknown",
    };

    public static string Markdown(string text) =>
        (text ?? "").Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    /// <summary>The review's reference numbers, e.g. "[16, 18]"; the review itself or external sources as named.</summary>
    public static string Citations(IEnumerable<Citation> citations)
    {
        var parts = (citations ?? []).Select(c => c.Ref is { } n ? n.ToString(CultureInfo.InvariantCulture) : c.Source == Citation.ReviewSource ? "review" : c.Source)
            .Where(p => !string.IsNullOrEmpty(p)).Distinct().ToList();
        return parts.Count == 0 ? "" : " [" + string.Join(", ", parts) + "]";
    }
}
