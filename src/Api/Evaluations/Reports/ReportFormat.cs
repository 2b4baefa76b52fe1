namespace CdsService.Api.Evaluations.Reports;

public enum ReportFormat
{
    Html,
    Markdown,
}
