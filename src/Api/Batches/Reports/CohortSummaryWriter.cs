namespace CdsService.Api.Batches.Reports;

using System.Globalization;
using System.Text;
using static CdsService.Api.Batches.Reports.BatchMarkdownWriter;
using static CdsService.Api.Evaluations.Reports.MarkdownText;

/// <summary>The cohort summary tables of the Markdown report.</summary>
internal static class CohortSummaryWriter
{
    public static void Write(StringBuilder md, CohortSummary summary, int evaluated)
    {
        md.AppendLine("## Cohort summary").AppendLine();
        md.Append("### HER2 status (").Append(Number(evaluated)).AppendLine(" patients evaluated)").AppendLine();
        md.AppendLine("| HER2 status | Patients | Share |").AppendLine("|---|---:|---:|");
        foreach (var c in summary.Her2Status)
            md.Append("| ").Append(Escape(c.Key)).Append(" | ").Append(Number(c.Patients)).Append(" | ").Append(Share(c.Patients, evaluated)).AppendLine(" |");
        md.AppendLine();

        md.AppendLine("### Resistance mechanisms found").AppendLine();
        md.AppendLine("| Mechanism | Patients | Share |").AppendLine("|---|---:|---:|");
        foreach (var c in summary.Mechanisms)
            md.Append("| ").Append(Escape(c.Key)).Append(" | ").Append(Number(c.Patients)).Append(" | ").Append(Share(c.Patients, evaluated)).AppendLine(" |");
        md.AppendLine();

        md.AppendLine("### Most frequent top-ranked options").AppendLine();
        if (summary.PatientsWithOptions == 0)
        {
            md.AppendLine("No patient has ranked options: options are ranked only when HER2 status is positive.").AppendLine();
            return;
        }
        md.Append("Among the ").Append(Number(summary.PatientsWithOptions)).AppendLine(" HER2-positive patients with ranked options.").AppendLine();
        md.AppendLine("| Agent | Ranked first | In the first three |").AppendLine("|---|---:|---:|");
        foreach (var o in summary.TopOptions)
            md.Append("| ").Append(Escape(o.Agent)).Append(" | ").Append(Number(o.RankedFirst)).Append(" | ").Append(Number(o.InTopThree)).AppendLine(" |");
        md.AppendLine();
    }

    private static string Share(int part, int whole) =>
        whole == 0 ? "-" : (100.0 * part / whole).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
