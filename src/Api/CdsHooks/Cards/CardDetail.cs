namespace CdsService.Api.CdsHooks.Cards;

using System.Globalization;
using System.Text;
using CdsService.Rules.Engine;
using CdsService.Rules.KnowledgeBase;
using CdsService.Rules.Vocabulary;

/// <summary>
/// The card detail in GitHub-flavoured Markdown (CDS Hooks 2.0 §Card detail): the HER2 call with its basis, the
/// findings by effect, the top options with level and availability, the agents the review discusses outside Table 1,
/// the notes and warnings, the testing steps, the lens, and the full-report link. Dated notes are shown concisely
/// (how many, and what they mean for the clinician); the full report lists every one with its sources
/// (docs/clinical-rules.md, "Dated notes").
/// </summary>
public static class CardDetail
{
    public const int TopOptions = 3;

    public static string Build(CardContext context, bool withOptions)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = context.Result;
        var text = new StringBuilder();
        var her2 = result.Her2;
        var group = her2.IshGroup is { } g ? string.Create(CultureInfo.InvariantCulture, $", ISH group {g}") : "";
        text.Append(CultureInfo.InvariantCulture, $"**HER2 {WireNames.Of(her2.Status)}**{group}{CardText.EligibilityLabel(her2)}: {CardText.Markdown(her2.Basis)} ");
        text.Append(CultureInfo.InvariantCulture, $"({CardText.Markdown(her2.Guideline)}).\n\n");
        AppendList(text, "Required testing", her2.RequiredActions.Select(a => $"{CardText.Markdown(a.Text)}"));
        AppendList(text, "Findings", result.Findings.Select(f =>
            $"**{CardText.Markdown(FindingNames.Full(f))}** ({FindingNames.Effect(f.Effect)}; {ClinicalLabels.MechanismsInText(f.Mechanisms)}): "
            + $"{CardText.Markdown(f.Summary)}{CardText.Citations(f.Citations)}{DatedNotes(f.Currency)}"));
        if (withOptions && result.Options.Count > 0)
        {
            AppendList(text, $"Top options ({Math.Min(TopOptions, result.Options.Count)} of {result.Options.Count}, {WireNames.Of(result.Ranking.Lens)} ranking)",
                result.Options.Take(TopOptions).Select(o =>
                    $"{o.Rank}. **{CardText.Markdown(o.Agent)}** ({CardText.Markdown(o.Target)}): level {o.EvidenceLevel}, "
                    + $"{(o.Direction == OptionDirection.Supports ? "supports" : "against")}; {Availability(o.Availability)}"
                    + $"{CardText.Citations(o.Citations)}{DatedNotes(o.Currency)}"),
                numbered: true);
            AppendList(text, "Also discussed in the review (not ranked)", result.AlsoDiscussed.Select(a =>
                $"**{CardText.Markdown(a.Name)}**: {Availability(a.Availability)}{CardText.Citations(a.Citations)}{DatedNotes(a.Currency)}"));
        }

        AppendList(text, "Notes", result.Notes.Select(n => CardText.Markdown(n.Text) + CardText.Citations(n.Citations) + DatedNotes(n.Currency)));
        AppendList(text, "Check", result.Warnings.Select(w => CardText.Markdown(w.Text) + CardText.Citations(w.Citations) + DatedNotes(w.Currency)));
        // docs/fhir.md, "Observations not used": every input left out is named with its reason, here as in $evaluate.
        AppendList(text, "Not used from the EHR data", (context.Evaluation.NotUsed ?? []).Select(CardText.Markdown));
        if (withOptions && result.Options.Count > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"_{CardText.Markdown(result.Ranking.Text)}_\n\n");
        }

        text.Append(CultureInfo.InvariantCulture,
            $"[Full report of this evaluation]({context.ReportUrl.AbsoluteUri}): every option, and every dated note with its sources.\n\n");
        text.Append(CultureInfo.InvariantCulture,
            $"_Knowledge base {CardText.Markdown(result.KnowledgeBase.Version)}. {CardText.Markdown(result.Disclaimer)}_");
        return text.ToString();
    }

    /// <summary>"tier 1, approved HER2+ breast (verified 2025-01)": availability beside the rank, unverified said so.</summary>
    private static string Availability(AgentAvailability availability) =>
        $"{AvailabilityText.Badge(availability)} ({(availability.Verified ? "as of" : "unverified, as of")} {CardText.Markdown(availability.AsOf)})";

    /// <summary>
    /// " Since the review: 3 dated notes (1 unverified). For the clinician: ..." with each distinct clinician note once;
    /// the full report has the notes themselves.
    /// </summary>
    private static string DatedNotes(IReadOnlyList<CurrencyNote> notes)
    {
        if (notes.Count == 0)
        {
            return "";
        }

        var unverified = notes.Count(n => !n.Verified);
        var text = new StringBuilder(" Since the review: ");
        text.Append(CultureInfo.InvariantCulture, $"{notes.Count} dated note{(notes.Count == 1 ? "" : "s")}");
        if (unverified > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" ({unverified} unverified)");
        }

        var advice = notes.Where(n => !string.IsNullOrWhiteSpace(n.ClinicianNote))
            .GroupBy(n => n.ClinicianNote!, StringComparer.Ordinal)
            .Select(g => CardText.Markdown(g.Key) + (g.All(n => !n.Verified) ? " (unverified)" : ""))
            .ToList();
        text.Append(advice.Count == 0 ? " in the full report." : ". For the clinician: " + string.Join(" ", advice));
        return text.ToString();
    }

    private static void AppendList(StringBuilder text, string title, IEnumerable<string> items, bool numbered = false)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return;
        }

        text.Append(CultureInfo.InvariantCulture, $"**{title}**\n\n");
        foreach (var item in list)
        {
            text.Append(numbered ? "" : "- ").Append(item).Append('\n');
        }

        text.Append('\n');
    }
}
