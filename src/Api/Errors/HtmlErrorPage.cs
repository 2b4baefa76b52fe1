namespace CdsService.Api.Errors;

using System.Text;
using System.Text.Encodings.Web;

/// <summary>A self-contained, escaped error page for a clinician's browser (a report link that expired, say).</summary>
internal static class HtmlErrorPage
{
    /// <summary>The page runs nothing and loads nothing.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";

    public static string Render(ErrorReport report, string traceId)
    {
        var html = HtmlEncoder.Default;
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(report.Status).Append(' ').Append(html.Encode(report.Title))
            .Append("</title><style>body{font-family:system-ui,sans-serif;max-width:40em;margin:3em auto;padding:0 1em;color:#222}")
            .Append("small{color:#666}</style></head><body><h1>").Append(html.Encode(report.Title)).Append("</h1><p>")
            .Append(html.Encode(report.Detail)).Append("</p>");
        if (report.Errors.Count > 0)
        {
            page.Append("<ul>");
            foreach (var error in report.Errors)
            {
                page.Append("<li>");
                if (error.Field.Length > 0)
                    page.Append("<code>").Append(html.Encode(error.Field)).Append("</code>: ");
                page.Append(html.Encode(error.Message)).Append("</li>");
            }

            page.Append("</ul>");
        }

        page.Append("<p><small>HTTP ").Append(report.Status).Append(" &middot; trace ").Append(html.Encode(traceId))
            .Append("</small></p></body></html>\n");
        return page.ToString();
    }
}
