namespace CdsService.Api.Batches.Reports;

using System.Globalization;
using CdsService.Api.Evaluations.Reports;
using CsvHelper;

/// <summary>
/// The report for spreadsheets: one row per patient and ranked option (one row for a patient without options), one
/// per agent the review discusses outside Table 1 (status "also-discussed", no rank), one per failed input row, then
/// one per dated note shown (status "dated-note": the subjects it concerns in "agent", the note with its date,
/// verified flag and sources in "dated_notes"). Option rows carry their availability and the ids of their notes, so a
/// note's text is written once, not once per patient. Cells that a spreadsheet would run as a formula are escaped.
/// </summary>
public static class BatchCsvWriter
{
    private static readonly string[] Header =
    [
        "row", "status", "patient_id", "evaluation_id", "her2_status", "ish_group", "her2_basis", "trastuzumab_indicated",
        "findings", "mechanisms", "patient_dated_notes", "rank", "agent", "availability_tier", "availability_status",
        "availability_verified", "target", "evidence_level", "direction", "relevance", "citations", "dated_notes", "ranking_lens",
        "kb_version", "error",
    ];

    public static async Task WriteAsync(TextWriter output, BatchReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        var buffer = new ReportBuffer(output);
        var tally = new CohortTally();
        await using var text = new StringWriter(buffer.Text, CultureInfo.InvariantCulture);
        using (var csv = Create(text))
        {
            WriteFields(csv, Header);
            await foreach (var patient in report.ReadPatients(cancellationToken))
            {
                tally.Add(patient);
                WritePatient(csv, patient);
                await csv.FlushAsync(cancellationToken);
                await buffer.FlushIfFullAsync(cancellationToken);
            }
            foreach (var error in report.FailedRows)
            {
                WriteFields(csv, [Num(error.Row), "failed", error.PatientId ?? "", .. Enumerable.Repeat("", Header.Length - 4),
                    (error.Column ?? error.Field ?? "row") + ": " + error.Message]);
            }
            foreach (var (note, subjects) in tally.DatedNotes())
            {
                var row = Enumerable.Repeat("", Header.Length).ToArray();
                row[1] = "dated-note";
                row[Array.IndexOf(Header, "agent")] = string.Join("; ", subjects);
                row[Array.IndexOf(Header, "dated_notes")] = NoteText(note);
                WriteFields(csv, row);
            }
        }
        await buffer.FlushAsync(cancellationToken);
    }

    /// <summary>A CSV writer over <paramref name="text"/> that escapes formulas, for every CSV export of the batch report.</summary>
    internal static CsvWriter Create(TextWriter text) =>
        // A patient id such as "=HYPERLINK(...)" must open as text, not run as a formula.
        CsvWriter.Create(text, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true);

    private static void WritePatient(CsvWriter csv, BatchPatient patient)
    {
        var r = patient.Report;
        var her2 = r.Her2;
        var findings = string.Join("; ", r.Findings.Select(f => f.Id));
        var mechanisms = string.Join("; ", r.Findings.SelectMany(f => f.Mechanisms).Distinct(StringComparer.Ordinal));
        var patientNotes = Notes(r.Findings.SelectMany(f => f.Currency).Concat(r.Notes.Concat(r.Warnings).SelectMany(m => m.Currency)));
        string[] common =
        [
            Num(patient.Row), "evaluated", r.PatientId ?? "", r.EvaluationId.ToString(), her2.Status,
            her2.IshGroup is { } g ? Num(g) : "", her2.Basis ?? "", r.Trastuzumab?.Indicated ?? "", findings, mechanisms, patientNotes,
        ];
        var lens = r.Ranking?.Lens ?? "";
        if (r.Options.Count == 0)
        {
            WriteFields(csv, [.. common, "", "", "", "", "", "", "", "", "", "", "", lens, r.KbVersion, ""]);
            return;
        }
        foreach (var o in r.Options)
        {
            WriteFields(csv,
            [
                .. common, Num(o.Rank), o.Agent, .. Availability(o.Availability), o.Target, o.EvidenceLevel, o.Direction, o.Relevance,
                Citations(o.Citations), Notes(o.Currency), lens, r.KbVersion, "",
            ]);
        }
        foreach (var a in r.AlsoDiscussed)
        {
            string[] row = [.. common, "", a.Name, .. Availability(a.Availability), "", "", "", "", Citations(a.Citations), Notes(a.Currency), lens, r.KbVersion, ""];
            row[1] = "also-discussed";
            WriteFields(csv, row);
        }
    }

    /// <summary>Tier, status and whether a source verifies it; empty for answers written before availability existed.</summary>
    private static string[] Availability(ReportAvailability? availability) =>
        availability is null
            ? ["", "", ""]
            : [availability.Tier is { } tier ? Num(tier) : "", availability.Status, availability.Verified ? "verified" : "unverified"];

    /// <summary>The notes of a cell by id, date and flag: "b4-bolero-biomarker-2016 (2016, verified); ...".</summary>
    private static string Notes(IEnumerable<ReportDatedNote> notes) =>
        string.Join("; ", notes.DistinctBy(n => n.Key).Select(n => $"{Label(n)} ({n.ShortDate}, {Flag(n)})"));

    /// <summary>"[id] As of 2016, verified: ... For the clinician: ... Sources: PMC https://..." ("Searched 2026-12" when undated).</summary>
    private static string NoteText(ReportDatedNote n) =>
        $"[{Label(n)}] {n.DateText}, {Flag(n)}: {n.Note}"
        + (n.ClinicianNote is null ? "" : " For the clinician: " + n.ClinicianNote)
        + (n.Sources.Count == 0 ? "" : " Sources: " + string.Join("; ", n.Sources.Select(src => $"{src.Kind}{(src.ReliedOn ? "" : " (not relied on)")} {src.Url}")));

    private static string Label(ReportDatedNote note) => note.Id.Length == 0 ? "note" : note.Id;

    private static string Flag(ReportDatedNote note) => note.Verified switch { true => "verified", false => "UNVERIFIED", null => "verification not recorded" };

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

    internal static void WriteFields(CsvWriter csv, params string[] fields)
    {
        foreach (var field in fields)
            csv.WriteField(field);
        csv.EndRecord();
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}
