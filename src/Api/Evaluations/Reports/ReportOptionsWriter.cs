namespace CdsService.Api.Evaluations.Reports;

using System.Globalization;
using CdsService.Rules.Findings.Advisories;
using System.Text;
using static CdsService.Api.Evaluations.Reports.CitationFormatter;
using static CdsService.Api.Evaluations.Reports.MarkdownText;

/// <summary>
/// The ranked options: the lens and its policy, a table to scan with the availability beside every rank, then each
/// option's rationale, availability, rank reasons and every dated note; and the agents discussed outside Table 1.
/// </summary>
internal static class ReportOptionsWriter
{

    public static void Write(StringBuilder md, EvaluationReport r)
    {
        md.AppendLine("## Ranked options (review Table 1)").AppendLine();
        if (r.Options.Count == 0)
        {
            md.Append("No options are ranked: HER2 status is ").Append(Escape(r.Her2.Status))
                .AppendLine(". The warnings and required actions say why and what to do.").AppendLine();
            return;
        }
        // After progression the standard next HER2-directed agents are not in Table 1: their note leads, before the table,
        // so the ranks are not read as a treatment sequence (docs/clinical-rules.md, "Dated notes").
        if (r.Notes.FirstOrDefault(n => n.Code == LaterHer2OptionsRule.Subject) is { } later)
        {
            md.Append("**After progression on, or no response to, trastuzumab.** ").Append(EscapeAtLineStart(later.Text))
                .AppendLine(" (Their dated notes are under Notes.)").AppendLine();
        }
        if (r.Ranking is { } ranking)
        {
            md.Append("**Ranking lens: ").Append(Escape(ranking.Lens)).Append(".** ").AppendLine(EscapeAtLineStart(ranking.Text)).AppendLine();
        }
        md.AppendLine("| Rank | Agent | Availability | Target | Level | Direction | Relevance | Phase | With trastuzumab | Citations |");
        md.AppendLine("|---:|---|---|---|:-:|---|---|---|---|---|");
        foreach (var o in r.Options)
        {
            md.Append("| ").Append(o.Rank.ToString(CultureInfo.InvariantCulture))
                .Append(" | ").Append(Escape(o.Agent))
                .Append(" | ").Append(DatedNoteWriter.Badge(o.Availability))
                .Append(" | ").Append(Escape(o.Target))
                .Append(" | ").Append(Escape(o.EvidenceLevel))
                .Append(" | ").Append(Escape(o.Direction))
                .Append(" | ").Append(Escape(o.Relevance))
                .Append(" | ").Append(Escape(o.Phase))
                .Append(" | ").Append(Escape(o.CombinationWithTrastuzumab))
                .Append(" | ").Append(Inline(o.Citations)).AppendLine(" |");
        }
        md.AppendLine();
        foreach (var o in r.Options)
        {
            md.Append("- **").Append(o.Rank.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(Escape(o.Agent))
                .Append("** (").Append(DatedNoteWriter.Badge(o.Availability)).Append("): ").Append(Escape(o.Rationale)).AppendLine(Suffix(o.Citations));
            DatedNoteWriter.WriteAvailability(md, o.Availability, "  ");
            if (o.RankReasons.Count > 0)
                md.AppendLine().Append("  Why rank ").Append(o.Rank.ToString(CultureInfo.InvariantCulture)).Append(": ").Append(Escape(string.Join("; ", o.RankReasons))).AppendLine(".");
            DatedNoteWriter.WriteNotes(md, o.Currency, "  ");
        }
        md.AppendLine();
    }

    /// <summary>Neratinib, sorafenib, ertumaxomab: what the review says, their availability and notes; listed, never ranked.</summary>
    public static void WriteAlsoDiscussed(StringBuilder md, IReadOnlyList<ReportAlsoDiscussed> agents)
    {
        if (agents.Count == 0)
            return;
        md.AppendLine("## Also discussed in the review (not in Table 1, not ranked)").AppendLine();
        foreach (var a in agents)
        {
            md.Append("- **").Append(Escape(a.Name)).Append("** (").Append(DatedNoteWriter.Badge(a.Availability)).Append("): ")
                .Append(Escape(a.Text)).AppendLine(Suffix(a.Citations));
            DatedNoteWriter.WriteAvailability(md, a.Availability, "  ");
            DatedNoteWriter.WriteNotes(md, a.Currency, "  ");
        }
        md.AppendLine();
    }
}
