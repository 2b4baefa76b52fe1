namespace CdsService.Api.Evaluations.Reports;

/// <summary>What a one-patient report shows, read from the stored answer (not recomputed: the report is the record).</summary>
public sealed record EvaluationReport(
    Guid EvaluationId,
    DateTimeOffset EvaluatedAt,
    string? PatientId,
    string Channel,
    string KbVersion,
    string KbHash,
    string EngineVersion,
    string? SourceCitation,
    string? SourceDoi,
    bool SourceVerified,
    ReportHer2 Her2,
    ReportTrastuzumab? Trastuzumab,
    IReadOnlyList<ReportFinding> Findings,
    IReadOnlyList<ReportOption> Options,
    IReadOnlyList<ReportNote> Warnings,
    string Disclaimer)
{
    /// <summary>Every review reference cited anywhere in the report, once, in number order.</summary>
    public IReadOnlyList<ReportCitation> CitedReferences()
    {
        var all = Her2.Citations
            .Concat(Trastuzumab?.Citations ?? [])
            .Concat(Findings.SelectMany(f => f.Citations))
            .Concat(Options.SelectMany(o => o.Citations.Concat(o.Currency?.Citations ?? [])))
            .Concat(Warnings.SelectMany(w => w.Citations))
            .Concat(Her2.RequiredActions.SelectMany(a => a.Citations));
        return all.Where(c => c.Ref is not null)
            .GroupBy(c => c.Ref!.Value)
            .OrderBy(g => g.Key)
            .Select(g => g.FirstOrDefault(c => c.Paper is not null) ?? g.First())
            .ToList();
    }
}
