namespace CdsService.Api.Evaluations.Reports;

/// <summary>A resistance-relevant finding with the markers and mechanisms behind it.</summary>
public sealed record ReportFinding(
    string Id,
    string Effect,
    string Summary,
    IReadOnlyList<string> Mechanisms,
    IReadOnlyList<string> Inputs,
    IReadOnlyList<ReportCitation> Citations);
