namespace CdsService.Api.Batches.Reports;

using System.Globalization;
using CdsService.Api.Evaluations.Reports;
using CsvHelper;

/// <summary>
/// The report for spreadsheets: one row per patient and ranked option (one row for a patient without options),
/// then one row per failed input row. Cells that a spreadsheet would run as a formula are escaped.
/// </summary>
public static class BatchCsvWriter
{
    private static readonly string[] Header =
    [
        "row", "status", "patient_id", "evaluation_id", "her2_status", "ish_group", "her2_basis", "trastuzumab_indicated",
        "findings", "mechanisms", "rank", "agent", "target", "evidence_level", "direction", "relevance", "citations",
        "kb_version", "error",
    ];

    public static string Write(BatchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        // A patient id such as "=HYPERLINK(...)" must open as text, not run as a formula.
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape };
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, options, leaveOpen: true))
        {
            WriteFields(csv, Header);
            foreach (var patient in report.Patients)
                WritePatient(csv, patient);
            foreach (var error in report.FailedRows)
            {
                WriteFields(csv, Num(error.Row), "failed", error.PatientId ?? "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                    (error.Column ?? error.Field ?? "row") + ": " + error.Message);
            }
        }
        return text.ToString();
    }

    private static void WritePatient(CsvWriter csv, BatchPatient patient)
    {
        var r = patient.Report;
        var her2 = r.Her2;
        var findings = string.Join("; ", r.Findings.Select(f => f.Id));
        var mechanisms = string.Join("; ", r.Findings.SelectMany(f => f.Mechanisms).Distinct(StringComparer.Ordinal));
        string[] common =
        [
            Num(patient.Row), "evaluated", r.PatientId ?? "", r.EvaluationId.ToString(), her2.Status,
            her2.IshGroup is { } g ? Num(g) : "", her2.Basis ?? "", r.Trastuzumab?.Indicated ?? "", findings, mechanisms,
        ];
        if (r.Options.Count == 0)
        {
            WriteFields(csv, [.. common, "", "", "", "", "", "", "", r.KbVersion, ""]);
            return;
        }
        foreach (var o in r.Options)
        {
            WriteFields(csv,
                [.. common, Num(o.Rank), o.Agent, o.Target, o.EvidenceLevel, o.Direction, o.Relevance, Citations(o.Citations), r.KbVersion, ""]);
        }
    }

    /// <summary>"[16, 18]" as the review writes them; the Markdown escaping of the inline form is not wanted in a cell.</summary>
    private static string Citations(IReadOnlyList<ReportCitation> citations)
    {
        var numbers = citations.Where(c => c.Ref is not null).Select(c => c.Ref!.Value).Distinct().Order().ToList();
        var review = citations.Any(c => c.Ref is null && c.Source == "review") ? "the review" : null;
        var parts = new List<string>(2);
        if (numbers.Count > 0)
            parts.Add("[" + string.Join(", ", numbers.Select(Num)) + "]");
        if (review is not null)
            parts.Add(review);
        return string.Join(" ", parts);
    }

    private static void WriteFields(CsvWriter csv, params string[] fields)
    {
        foreach (var field in fields)
            csv.WriteField(field);
        csv.EndRecord();
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}
