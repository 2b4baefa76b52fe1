namespace CdsService.Api.Evaluations.Reports;

/// <summary>A resistance-relevant finding with the markers and mechanisms behind it, and its dated notes.</summary>
public sealed record ReportFinding(
    string Id,
    string Effect,
    string Summary,
    IReadOnlyList<string> Mechanisms,
    IReadOnlyList<string> Inputs,
    IReadOnlyList<ReportCitation> Citations)
{
    public IReadOnlyList<ReportDatedNote> Currency { get; init; } = [];
}
