namespace CdsService.Api.CdsHooks.Cards;

using System.Globalization;
using CdsService.Api.Evaluations.Reports;
using CdsService.Rules.Engine;

/// <summary>Short texts for summaries and Markdown; no HTML reaches a card (docs/cds-hooks.md, "Cards: what they say").</summary>
public static class CardText
{
    /// <summary>CDS Hooks 2.0 §Card: "One-sentence, &lt;140-character summary".</summary>
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

    /// <summary>
    /// HER2-low (2022) and HER2-ultralow (2025) are therapy-eligibility labels for trastuzumab deruxtecan, never a HER2
    /// status (docs/clinical-rules.md, "HER2"): " (HER2-low: a therapy-eligibility label since 2022, not a status)".
    /// </summary>
    public static string EligibilityLabel(Her2Interpretation her2)
    {
        ArgumentNullException.ThrowIfNull(her2);
        var (label, since) = her2.Her2Low ? ("HER2-low", "2022") : her2.Her2Ultralow ? ("HER2-ultralow", "2025") : (null, null);
        return label is null ? "" : $" ({label}: a therapy-eligibility label since {since}, not a status)";
    }

    /// <summary>
    /// Inert Markdown, as in the reports: a value built from patient data (a variant's text, a FHIR note) can open no
    /// image (a tracking beacon in the EHR), no link, no HTML and no block of its own (docs/security.md, "Output"). Angle
    /// brackets become entities rather than backslash escapes, for EHR renderers that pass raw HTML through.
    /// </summary>
    public static string Markdown(string text) =>
        MarkdownText.Escape(text).Replace("\\<", "&lt;", StringComparison.Ordinal).Replace("\\>", "&gt;", StringComparison.Ordinal);

    /// <summary>The review's reference numbers, e.g. "[16, 18]"; the review itself or external sources as named.</summary>
    public static string Citations(IEnumerable<Citation> citations)
    {
        var parts = (citations ?? []).Select(c => c.Ref is { } n ? n.ToString(CultureInfo.InvariantCulture) : c.Source == Citation.ReviewSource ? "review" : c.Source)
            .Where(p => !string.IsNullOrEmpty(p)).Distinct().ToList();
        return parts.Count == 0 ? "" : " [" + string.Join(", ", parts) + "]";
    }
}
