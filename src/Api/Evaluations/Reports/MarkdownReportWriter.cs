namespace CdsService.Api.Evaluations.Reports;

using System.Globalization;
using System.Text;
using CdsService.Rules.Vocabulary;
using static CdsService.Api.Evaluations.Reports.CitationFormatter;
using static CdsService.Api.Evaluations.Reports.MarkdownText;

/// <summary>The one-patient report as Markdown; the HTML report is this document rendered.</summary>
public static class MarkdownReportWriter
{
    public const string Title = "HER2 breast cancer: trastuzumab decision-support report";

    public static string Write(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder(4096);
        md.Append("# ").AppendLine(Title).AppendLine();
        WriteProvenance(md, report);
        WriteHer2(md, report);
        WriteFindings(md, report);
        ReportOptionsWriter.Write(md, report);
        ReportOptionsWriter.WriteAlsoDiscussed(md, report.AlsoDiscussed);
        WriteMessages(md, "Notes", report.Notes);
        WriteMessages(md, "Warnings", report.Warnings);
        WriteReferences(md, report);
        md.AppendLine("---").AppendLine();
        md.Append("**Disclaimer.** ").AppendLine(Escape(report.Disclaimer));
        return md.ToString();
    }

    private static void WriteProvenance(StringBuilder md, EvaluationReport r)
    {
        md.AppendLine("| | |").AppendLine("|---|---|");
        md.Append("| Patient | ").Append(r.PatientId is null ? "not given" : Escape(r.PatientId)).AppendLine(" |");
        md.Append("| Evaluation | ").Append(r.EvaluationId.ToString()).AppendLine(" |");
        md.Append("| Evaluated at | ").Append(r.EvaluatedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)).AppendLine(" |");
        md.Append("| Channel | ").Append(Escape(r.Channel)).AppendLine(" |");
        md.Append("| Knowledge base | version ").Append(Escape(r.KbVersion)).Append(", SHA-256 ").Append(Escape(r.KbHash)).AppendLine(" |");
        md.Append("| Engine | ").Append(Escape(r.EngineVersion)).AppendLine(" |");
        if (r.Ranking is { } ranking)
        {
            md.Append("| Ranking | lens ").Append(Escape(ranking.Lens))
                .Append(ranking.PolicyVersion is null ? "" : ", policy " + Escape(ranking.PolicyVersion)).AppendLine(" |");
        }
        var notes = r.AllDatedNotes();
        if (notes.Count > 0)
        {
            var unverified = notes.Count(n => n.Verified != true);
            md.Append("| Dated notes | ").Append(notes.Count.ToString(CultureInfo.InvariantCulture)).Append(" since the review, with their sources")
                .Append(unverified == 0 ? "" : "; " + unverified.ToString(CultureInfo.InvariantCulture) + " not verified (marked)").AppendLine(" |");
        }
        if (r.SourceCitation is not null)
        {
            md.Append("| Source review | ").Append(Escape(r.SourceCitation));
            if (r.SourceDoi is not null)
                md.Append(", doi ").Append(Escape(r.SourceDoi));
            md.Append(r.SourceVerified ? "" : " (identity not verified)").AppendLine(" |");
        }
        md.AppendLine();
    }

    // The label applies only to a final negative call: while the call is pending, "no" would read as settled (an IHC 2+
    // with negative ISH is HER2-low).
    private static string Her2LowText(bool low, string? status) =>
        low ? "yes"
        : status is "positive" or "negative" ? "no"
        : "not yet known (it applies only to a final negative call: IHC 1+, or IHC 2+ with negative ISH)";

    private static void WriteHer2(StringBuilder md, EvaluationReport r)
    {
        var her2 = r.Her2;
        md.Append("## HER2 status: ").AppendLine(Escape(her2.Status)).AppendLine();
        if (her2.Basis is not null)
            md.Append("**Basis.** ").Append(Escape(her2.Basis)).AppendLine(Suffix(her2.Citations)).AppendLine();
        if (her2.Guideline is not null)
            md.Append("- Guideline: ").AppendLine(Escape(her2.Guideline));
        if (her2.IshGroup is { } group)
            md.Append("- ISH group: ").AppendLine(group.ToString(CultureInfo.InvariantCulture));
        // HER2-low and -ultralow are labels for therapies approved in 2022 (ultralow in 2025), never a status (docs/clinical-rules.md, "HER2").
        if (her2.Her2Low is { } low)
            md.Append("- HER2-low (a therapy-eligibility label since 2022, not a status): ").AppendLine(Her2LowText(low, her2.Status));
        if (her2.Her2Ultralow is true)
            md.AppendLine("- HER2-ultralow (a therapy-eligibility label since 2025, not a status): yes");
        foreach (var action in her2.RequiredActions)
            md.Append("- Required: ").Append(Escape(action.Text)).AppendLine(Suffix(action.Citations));
        md.AppendLine();
        if (r.Trastuzumab is { } t)
        {
            md.Append("**Trastuzumab indicated:** ").Append(Escape(t.Indicated)).AppendLine();
            if (t.Basis is not null)
                md.AppendLine().Append(EscapeAtLineStart(t.Basis)).AppendLine(Suffix(t.Citations));
            md.AppendLine();
        }
    }

    private static void WriteFindings(StringBuilder md, EvaluationReport r)
    {
        md.AppendLine("## Findings").AppendLine();
        if (r.Findings.Count == 0)
            md.AppendLine(NoFinding(r));
        foreach (var f in r.Findings)
        {
            md.Append("- **").Append(Escape(ClinicalLabels.Finding(f.Id))).Append("** (").Append(Effect(f.Effect)).Append("): ")
                .Append(Escape(f.Summary)).AppendLine(Suffix(f.Citations));
            md.Append("  Mechanisms: ").Append(f.Mechanisms.Count == 0 ? "none" : Escape(ClinicalLabels.MechanismsInText(f.Mechanisms)))
                .Append("; from: ").AppendLine(Escape(string.Join(", ", f.Inputs.Select(ClinicalLabels.Marker))));
            DatedNoteWriter.WriteNotes(md, f.Currency, "  ");
        }
        md.AppendLine();
    }

    /// <summary>
    /// The effect as the wording rules put it: a reduced-benefit or uncertain finding is listed as such and is never a
    /// resistance finding (docs/clinical-rules.md, "Wording rules").
    /// </summary>
    public static string Effect(string effect) => effect switch
    {
        "resistance" => "resistance",
        "reduced-benefit" => "reduced benefit; not a resistance finding",
        "uncertain" => "uncertain significance; not a resistance finding",
        _ => Escape(effect),
    };

    /// <summary>With no finding, say what was looked at: no marker given (nothing to find), or none in the markers given.</summary>
    public static string NoFinding(EvaluationReport r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (r.InputsUsed is not { } inputs)
            return "No finding for the markers given.";
        return inputs.Any(i => i is not ("her2" or "trastuzumabHistory"))
            ? "The markers given show no finding."
            : "No resistance marker was given, so there was nothing to find.";
    }

    private static void WriteMessages(StringBuilder md, string title, IReadOnlyList<ReportNote> messages)
    {
        if (messages.Count == 0)
            return;
        md.Append("## ").AppendLine(title).AppendLine();
        foreach (var m in messages)
        {
            md.Append("- ").Append(EscapeAtLineStart(m.Text)).AppendLine(Suffix(m.Citations));
            DatedNoteWriter.WriteNotes(md, m.Currency, "  ");
        }
        md.AppendLine();
    }

    private static void WriteReferences(StringBuilder md, EvaluationReport r)
    {
        md.AppendLine("## References").AppendLine();
        var references = r.CitedReferences();
        if (references.Count == 0)
            md.AppendLine("No numbered reference of the review is cited in this report.");
        foreach (var reference in references)
            md.Append("- ").AppendLine(ReferenceEntry(reference));
        md.AppendLine();
        md.AppendLine("Numbers are the review's own reference numbers. \"Not identified\" means the number could not be matched to a publication; a probable identification is not certain.");
        md.AppendLine();
    }
}
