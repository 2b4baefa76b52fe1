namespace CdsService.Api.Evaluations.Reports;

using System.Globalization;
using System.Text;
using static CdsService.Api.Evaluations.Reports.CitationFormatter;
using static CdsService.Api.Evaluations.Reports.MarkdownText;

/// <summary>The ranked options: a table to scan, then each option's rationale and currency note.</summary>
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
        md.AppendLine("| Rank | Agent | Target | Level | Direction | Relevance | Phase | With trastuzumab | Citations |");
        md.AppendLine("|---:|---|---|:-:|---|---|---|---|---|");
        foreach (var o in r.Options)
        {
            md.Append("| ").Append(o.Rank.ToString(CultureInfo.InvariantCulture))
                .Append(" | ").Append(Escape(o.Agent))
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
                .Append("**: ").Append(Escape(o.Rationale)).AppendLine(Suffix(o.Citations));
            if (o.Currency is { } note)
            {
                md.Append("  Since the review (as of ").Append(Escape(note.Code)).Append("): ").Append(Escape(note.Text))
                    .AppendLine(Suffix(note.Citations));
            }
        }
        md.AppendLine();
    }
}
