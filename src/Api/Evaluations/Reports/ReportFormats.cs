namespace CdsService.Api.Evaluations.Reports;

public static class ReportFormats
{
    public const string HtmlContentType = "text/html; charset=utf-8";
    public const string MarkdownContentType = "text/markdown; charset=utf-8";

    /// <summary>html (the default, for people) or md/markdown (for scripts and tumor-board packs).</summary>
    public static bool TryParse(string? value, out ReportFormat format)
    {
        format = ReportFormat.Html;
        switch (value?.Trim().ToUpperInvariant())
        {
            case null or "" or "HTML":
                return true;
            case "MD" or "MARKDOWN":
                format = ReportFormat.Markdown;
                return true;
            default:
                return false;
        }
    }
}
