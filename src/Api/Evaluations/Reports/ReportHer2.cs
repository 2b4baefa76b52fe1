namespace CdsService.Api.Evaluations.Reports;

/// <summary>The ASCO/CAP HER2 call and the basis the pathologist can check.</summary>
public sealed record ReportHer2(
    string Status,
    int? IshGroup,
    bool? Her2Low,
    string? Basis,
    string? Guideline,
    IReadOnlyList<ReportNote> RequiredActions,
    IReadOnlyList<ReportCitation> Citations)
{
    /// <summary>IHC 0 with faint staining: a therapy-eligibility label introduced in 2022 (ultralow in 2025), never a status.</summary>
    public bool? Her2Ultralow { get; init; }
}
