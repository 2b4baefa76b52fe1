namespace CdsService.Api.Batches.Reports;

using System.Text.Json;
using CdsService.Api.Batches.Storage;
using CdsService.Api.Errors;
using CdsService.Api.Persistence;
using CdsService.Api.Persistence.Access;
using CdsService.Rules.Engine;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

/// <summary>GET /api/v1/batches/{id}/report?format=md|html|csv|json.</summary>
public static class BatchReportEndpoint
{
    public const string MarkdownContentType = "text/markdown; charset=utf-8";
    public const string HtmlContentType = "text/html; charset=utf-8";
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string JsonContentType = "application/json; charset=utf-8";

    public static async Task<Results<ContentHttpResult, NotFound, ValidationProblem, ProblemHttpResult>> GetReport(
        Guid id, string? format, HttpContext http, CdsDbContext db, CdsEngine engine, IOptions<JsonOptions> json, IAccessLog accessLog,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(accessLog);
        var response = http.Response;
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(json);
        var kind = format?.Trim().ToUpperInvariant() switch
        {
            "MD" or "MARKDOWN" => "md",
            null or "" or "HTML" => "html",
            "CSV" => "csv",
            "JSON" => "json",
            _ => null,
        };
        if (kind is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["format must be md, html, csv or json."] });
        var batch = await BatchEndpoints.FindVisibleAsync(id, http, db, cancellationToken);
        if (batch is null)
            return TypedResults.NotFound();
        if (batch.Status is BatchStatuses.Queued or BatchStatuses.Running)
        {
            return TypedResults.Problem(
                $"The batch is {batch.Status}: {batch.Done + batch.FailedRows} of {batch.Total} rows finished. Poll /api/v1/batches/{id} until its status is done.",
                statusCode: StatusCodes.Status409Conflict, title: "The batch is not finished", type: ProblemTypes.ForStatus(StatusCodes.Status409Conflict));
        }

        await accessLog.RecordAsync(http, AccessActions.ReadBatchReport, id.ToString(), rows: batch.Total);
        var report = await BatchReportLoader.LoadAsync(db, batch, engine.KnowledgeBase.Statement(CdsEngine.DisclaimerStatement).Text, cancellationToken);
        var name = $"batch-{id}";
        switch (kind)
        {
            case "md":
                Attachment(response, name + ".md");
                return TypedResults.Text(BatchMarkdownWriter.Write(report), MarkdownContentType);
            case "csv":
                Attachment(response, name + ".csv");
                return TypedResults.Text(BatchCsvWriter.Write(report), CsvContentType);
            case "json":
                return TypedResults.Text(JsonSerializer.Serialize(report, json.Value.SerializerOptions), JsonContentType);
            default:
                // Every value in the page is escaped; the policy also forbids script and loads of any kind.
                response.Headers.ContentSecurityPolicy = BatchHtmlRenderer.ContentSecurityPolicy;
                return TypedResults.Text(BatchHtmlRenderer.Render(report), HtmlContentType);
        }
    }

    private static void Attachment(HttpResponse response, string fileName) =>
        response.Headers.ContentDisposition = $"inline; filename=\"{fileName}\"";
}
