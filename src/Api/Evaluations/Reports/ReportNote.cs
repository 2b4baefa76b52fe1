namespace CdsService.Api.Evaluations.Reports;

/// <summary>A warning, note or required action with its code, citations and any dated notes.</summary>
public sealed record ReportNote(string Code, string Text, IReadOnlyList<ReportCitation> Citations)
{
    public IReadOnlyList<ReportDatedNote> Currency { get; init; } = [];
}
