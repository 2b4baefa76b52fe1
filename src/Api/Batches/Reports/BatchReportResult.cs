namespace CdsService.Api.Batches.Reports;

using System.Text;
using System.Text.Json;

/// <summary>
/// A batch report written straight to the response as it is read from the database, a section at a time: memory
/// stays at a page of stored answers whatever the cohort size, and the first bytes leave before the last patient is
/// read (docs/batches.md, "Report size").
/// </summary>
public sealed class BatchReportResult(string kind, BatchReport report, JsonSerializerOptions json) : IResult
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public string Kind => kind;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        var cancellationToken = httpContext.RequestAborted;
        var name = $"batch-{report.BatchId}";
        response.StatusCode = StatusCodes.Status200OK;
        switch (kind)
        {
            case "json":
                response.ContentType = BatchReportEndpoint.JsonContentType;
                await BatchJsonWriter.WriteAsync(response.BodyWriter, report, json, cancellationToken);
                return;
            case "md":
                Attachment(response, name + ".md");
                response.ContentType = BatchReportEndpoint.MarkdownContentType;
                await WriteTextAsync(response, writer => BatchMarkdownWriter.WriteAsync(writer, report, cancellationToken));
                return;
            case "csv":
                Attachment(response, name + ".csv");
                response.ContentType = BatchReportEndpoint.CsvContentType;
                await WriteTextAsync(response, writer => BatchCsvWriter.WriteAsync(writer, report, cancellationToken));
                return;
            case "summary-csv":
                Attachment(response, name + "-summary.csv");
                response.ContentType = BatchReportEndpoint.CsvContentType;
                await WriteTextAsync(response, writer => BatchSummaryCsvWriter.WriteAsync(writer, report, cancellationToken));
                return;
            default:
                // Every value in the page is escaped; the policy also forbids script and loads of any kind.
                response.Headers.ContentSecurityPolicy = BatchHtmlRenderer.ContentSecurityPolicy;
                response.ContentType = BatchReportEndpoint.HtmlContentType;
                await WriteTextAsync(response, writer => BatchHtmlRenderer.WriteAsync(writer, report, cancellationToken));
                return;
        }
    }

    private static async Task WriteTextAsync(HttpResponse response, Func<TextWriter, Task> write)
    {
        await using var writer = new StreamWriter(response.Body, Utf8, bufferSize: 16 * 1024, leaveOpen: true);
        await write(writer);
        await writer.FlushAsync();
    }

    private static void Attachment(HttpResponse response, string fileName) =>
        response.Headers.ContentDisposition = $"inline; filename=\"{fileName}\"";
}
