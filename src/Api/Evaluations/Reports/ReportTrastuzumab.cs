namespace CdsService.Api.Evaluations.Reports;

/// <summary>Whether trastuzumab is indicated, and why.</summary>
public sealed record ReportTrastuzumab(string Indicated, string? Basis, IReadOnlyList<ReportCitation> Citations);
