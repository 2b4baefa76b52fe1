namespace CdsService.Api.Batches.Reports;

using System.Globalization;

/// <summary>
/// The overview for spreadsheets (format summary-csv): one row per patient with the overview's columns, then one per
/// failed input row, formula-escaped like the full CSV (docs/batches.md, "Report").
/// </summary>
public static class BatchSummaryCsvWriter
{
    private static readonly string[] Header =
    [
        "row", "status", "patient_id", "evaluation_id", "her2_status", "her2_pending", "findings_by_mechanism",
        "top_available_option", "top_available_rank", "top_available_tier", "top_available_status", "flags", "error",
    ];

    public static async Task WriteAsync(TextWriter output, BatchReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var buffer = new ReportBuffer(output);
        await using var text = new StringWriter(buffer.Text, CultureInfo.InvariantCulture);
        using (var csv = BatchCsvWriter.Create(text))
        {
            BatchCsvWriter.WriteFields(csv, Header);
            await foreach (var patient in report.ReadPatients(cancellationToken))
            {
                var row = BatchOverviewRow.Of(patient);
                var top = row.TopAvailableOption;
                BatchCsvWriter.WriteFields(csv,
                [
                    Num(row.Row), "evaluated", row.PatientId ?? "", row.EvaluationId.ToString(), row.Her2Status, string.Join("; ", row.Pending),
                    row.FindingsByMechanism.Count == 0 ? "" : BatchOverviewWriter.Findings(row),
                    top?.Agent ?? "", top is null ? "" : Num(top.Rank), top?.Availability?.Tier is { } tier ? Num(tier) : "",
                    top?.Availability?.Status ?? "", string.Join("; ", row.Flags), "",
                ]);
                await csv.FlushAsync(cancellationToken);
                await buffer.FlushIfFullAsync(cancellationToken);
            }
            foreach (var error in report.FailedRows)
            {
                BatchCsvWriter.WriteFields(csv, [Num(error.Row), "failed", error.PatientId ?? "", .. Enumerable.Repeat("", Header.Length - 4),
                    (error.Column ?? error.Field ?? "row") + ": " + error.Message]);
            }
        }
        await buffer.FlushAsync(cancellationToken);
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}
