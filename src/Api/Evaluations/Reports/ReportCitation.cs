namespace CdsService.Api.Evaluations.Reports;

/// <summary>A citation as stored: review reference n, the review itself ("review"), or an external source with its URL.</summary>
public sealed record ReportCitation(int? Ref, string? Source, string? Text, string? Section, string? Url, string? Paper, string? Identification);
