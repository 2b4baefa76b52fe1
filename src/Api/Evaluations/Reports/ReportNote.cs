namespace CdsService.Api.Evaluations.Reports;

/// <summary>A warning, required action or currency note with its code and citations.</summary>
public sealed record ReportNote(string Code, string Text, IReadOnlyList<ReportCitation> Citations);
