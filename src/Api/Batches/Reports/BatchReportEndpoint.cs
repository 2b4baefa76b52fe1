namespace CdsService.Api.Batches.Reports;

using CdsService.Api.Batches.Storage;
using CdsService.Api.Errors;
using CdsService.Api.Persistence;
using CdsService.Api.Auth;
using CdsService.Api.Persistence.Access;
using CdsService.Api.ReportLinks;
using CdsService.Rules.Engine;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

/// <summary>GET /api/v1/batches/{id}/report?format=md|html|csv|summary-csv|json.</summary>
public static class BatchReportEndpoint
{
    public const string MarkdownContentType = "text/markdown; charset=utf-8";
    public const string HtmlContentType = "text/html; charset=utf-8";
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string JsonContentType = "application/json; charset=utf-8";

    public static async Task<Results<BatchReportResult, NotFound, ValidationProblem, ProblemHttpResult>> GetReport(
        Guid id, string? format, HttpContext http, CdsDbContext db, CdsEngine engine, IOptions<JsonOptions> json, IAccessLog accessLog,
        ReportLinkUrls links, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(accessLog);
        ArgumentNullException.ThrowIfNull(links);
        if (KindOf(format) is not { } kind)
            return FormatProblem();
        var batch = await BatchEndpoints.FindVisibleAsync(id, http, db, cancellationToken);
        if (batch is null)
            return TypedResults.NotFound();
        if (NotFinished(batch) is { } problem)
            return problem;

        await accessLog.RecordAsync(http, AccessActions.ReadBatchReport, id.ToString(), rows: batch.Total);
        var caller = http.RequireCaller();
        return await RenderAsync(db, batch, kind, engine, json.Value, patient => links.Evaluation(http.Request, patient, caller), cancellationToken);
    }

    /// <summary>md, html (the default), csv, summary-csv or json; null for anything else.</summary>
    public static string? KindOf(string? format) => format?.Trim().ToUpperInvariant() switch
    {
        "MD" or "MARKDOWN" => "md",
        null or "" or "HTML" => "html",
        "CSV" => "csv",
        "SUMMARY-CSV" => "summary-csv",
        "JSON" => "json",
        _ => null,
    };

    public static ValidationProblem FormatProblem() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["format must be md, html, csv, summary-csv or json."] });

    /// <summary>409 while rows are still being evaluated: a report of half a cohort would mislead a board.</summary>
    public static ProblemHttpResult? NotFinished(BatchRecord batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return batch.Status is BatchStatuses.Queued or BatchStatuses.Running
            ? TypedResults.Problem(
                $"The batch is {batch.Status}: {batch.Done + batch.FailedRows} of {batch.Total} rows finished. Poll /api/v1/batches/{batch.Id} until its status is done.",
                statusCode: StatusCodes.Status409Conflict, title: "The batch is not finished", type: ProblemTypes.ForStatus(StatusCodes.Status409Conflict))
            : null;
    }

    /// <summary>
    /// The report of a finished batch, streamed to the response (docs/batches.md, "Report size"); each patient's
    /// section links to that patient's report through <paramref name="patientLink"/>.
    /// </summary>
    public static async Task<BatchReportResult> RenderAsync(
        CdsDbContext db, BatchRecord batch, string kind, CdsEngine engine, JsonOptions json, Func<Guid, Uri> patientLink,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(json);
        var loaded = await BatchReportLoader.LoadAsync(db, batch, engine.KnowledgeBase.Statement(CdsEngine.DisclaimerStatement).Text, cancellationToken);
        return new BatchReportResult(kind, loaded with { PatientLink = id => patientLink(id) }, json.SerializerOptions);
    }
}
