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
    /// <summary>The lens that ordered the options; absent in answers written before lenses existed.</summary>
    public ReportRanking? Ranking { get; init; }

    /// <summary>Agents the review discusses outside Table 1, with availability and notes; never ranked.</summary>
    public IReadOnlyList<ReportAlsoDiscussed> AlsoDiscussed { get; init; } = [];

    /// <summary>Context that is neither a finding nor a warning (the HER2 backbone, primary or acquired resistance ...).</summary>
    public IReadOnlyList<ReportNote> Notes { get; init; } = [];

    /// <summary>The inputs the answer used (basis.inputsUsed); null when the stored answer does not say.</summary>
    public IReadOnlyList<string>? InputsUsed { get; init; }

    /// <summary>Every dated note the report shows, once, by id (notes of older contracts, which have no id, each count once).</summary>
    public IReadOnlyList<ReportDatedNote> AllDatedNotes() =>
        Options.SelectMany(o => o.Currency)
            .Concat(Findings.SelectMany(f => f.Currency))
            .Concat(AlsoDiscussed.SelectMany(a => a.Currency))
            .Concat(Notes.SelectMany(n => n.Currency))
            .Concat(Warnings.SelectMany(w => w.Currency))
            .DistinctBy(n => n.Key)
            .ToList();

    /// <summary>Every review reference cited anywhere in the report, once, in number order.</summary>
    public IReadOnlyList<ReportCitation> CitedReferences()
    {
        var all = Her2.Citations
            .Concat(Trastuzumab?.Citations ?? [])
            .Concat(Findings.SelectMany(f => f.Citations))
            .Concat(Options.SelectMany(o => o.Citations))
            .Concat(AlsoDiscussed.SelectMany(a => a.Citations))
            .Concat(Notes.SelectMany(n => n.Citations))
            .Concat(Warnings.SelectMany(w => w.Citations))
            .Concat(Her2.RequiredActions.SelectMany(a => a.Citations));
        return all.Where(c => c.Ref is not null)
            .GroupBy(c => c.Ref!.Value)
            .OrderBy(g => g.Key)
            .Select(g => g.FirstOrDefault(c => c.Paper is not null) ?? g.First())
            .ToList();
    }
}
