namespace CdsService.Api.Evaluations.Reports;

using System.Text.Json.Nodes;
using CdsService.Api.Persistence.Audit;
using static CdsService.Api.Evaluations.Reports.StoredOutput;

/// <summary>Builds the report model from an audit row: provenance from the row, content from the stored answer.</summary>
public static class EvaluationReportReader
{
    /// <summary>Shown when an answer carries no disclaimer of its own; a report is never printed without one.</summary>
    public const string FallbackDisclaimer =
        "Decision support only. This report summarises one review's evidence for the markers given; it does not replace " +
        "the judgement of the treating clinician, the tumor board or current guidelines.";

    public static EvaluationReport Read(EvaluationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var root = JsonNode.Parse(record.EvaluationJson ?? record.OutputJson) as JsonObject ?? [];
        var source = Object(Object(root, "knowledgeBase"), "source");
        var her2 = Object(root, "her2");
        var trastuzumab = Object(root, "trastuzumab");
        var ranking = Object(root, "ranking");
        return new EvaluationReport(
            record.Id,
            record.CreatedAt,
            record.PatientId,
            record.Channel,
            record.KbVersion,
            record.KbHash,
            record.EngineVersion,
            String(source, "citation"),
            String(source, "doi"),
            Bool(source, "verified") ?? false,
            new ReportHer2(
                String(her2, "status") ?? record.Her2Status,
                Int(her2, "ishGroup"),
                Bool(her2, "her2Low"),
                String(her2, "basis"),
                String(her2, "guideline"),
                Notes(her2, "requiredActions"),
                Citations(her2)) { Her2Ultralow = Bool(her2, "her2Ultralow") },
            trastuzumab is null
                ? null
                : new ReportTrastuzumab(String(trastuzumab, "indicated") ?? "undetermined", String(trastuzumab, "basis"), Citations(trastuzumab)),
            Array(root, "findings").Select(ReadFinding).ToList(),
            Array(root, "options").Select(ReadOption).OrderBy(o => o.Rank).ToList(),
            Notes(root, "warnings"),
            String(root, "disclaimer") ?? FallbackDisclaimer)
        {
            // The audit row's lens is the record; an answer from before lenses has neither, and says nothing of one.
            Ranking = ranking is null ? null : new ReportRanking(String(ranking, "lens") ?? record.RankingLens, String(ranking, "policyVersion"), String(ranking, "text")),
            AlsoDiscussed = Array(root, "alsoDiscussed").Select(a => new ReportAlsoDiscussed(
                String(a, "name") ?? String(a, "id") ?? "", String(a, "text") ?? "", Citations(a), Availability(a), DatedNotes(a))).ToList(),
            Notes = Notes(root, "notes"),
            InputsUsed = Object(root, "basis") is { } basis && (basis["inputsUsed"] is JsonArray) ? Strings(basis, "inputsUsed") : null,
        };
    }

    private static ReportFinding ReadFinding(JsonNode f) => new(
        String(f, "id") ?? "",
        String(f, "effect") ?? "",
        String(f, "summary") ?? "",
        Strings(f, "mechanisms"),
        Strings(f, "inputs"),
        Citations(f)) { Currency = DatedNotes(f) };

    private static ReportOption ReadOption(JsonNode o) => new(
        Int(o, "rank") ?? int.MaxValue,
        String(o, "agent") ?? String(o, "agentId") ?? "",
        String(o, "target") ?? "",
        String(o, "mechanismTargeted"),
        String(o, "phase"),
        String(o, "combinationWithTrastuzumab"),
        String(o, "evidenceLevel") ?? "",
        String(o, "direction") ?? "",
        String(o, "relevance") ?? "",
        String(o, "rationale") ?? "",
        Citations(o),
        DatedNotes(o))
    {
        Availability = Availability(o),
        RankReasons = Strings(o, "rankReasons"),
    };
}
