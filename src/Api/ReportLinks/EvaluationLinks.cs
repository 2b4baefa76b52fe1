namespace CdsService.Api.ReportLinks;

/// <summary>
/// Signed links to one stored evaluation for a browser without an API key: <see cref="View"/> opens it in the clinician
/// page (read-only), <see cref="Report"/> is the printable one-patient report. Both expire together (ReportLinks:LifetimeMinutes).
/// </summary>
public sealed record EvaluationLinks(Uri View, Uri Report);
