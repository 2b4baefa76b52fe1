namespace CdsService.Api.Batches;

using CdsService.Api.Auth;
using CdsService.Api.Batches.Contracts;
using CdsService.Api.Batches.Reports;
using CdsService.Api.Errors;
using CdsService.Api.Http;
using CdsService.Api.Batches.Storage;
using CdsService.Api.Persistence;
using CdsService.Api.ReportLinks;
using CdsService.Api.Persistence.Access;
using CdsService.Rules.Vocabulary;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

public static class BatchEndpoints
{
    public static IEndpointRouteBuilder MapBatches(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var maxBytes = endpoints.ServiceProvider.GetRequiredService<IOptions<BatchOptions>>().Value.MaxBytes;
        var group = endpoints.MapGroup("/batches").WithTags("Batches");
        group.MapPost("/", SubmitBatch)
            .RequireScope(ApiScopes.Batches)
            .WithName("SubmitBatch")
            .WithSummary("Submit a tumor-board cohort: CSV (text/csv), NDJSON of REST panels (application/x-ndjson) or a FHIR Bundle")
            .WithDescription("Answers 202 with a Location to poll. Rows with invalid values are reported and skipped; the others are evaluated in the background. "
                + "The query parameter ranking=current|review (default current) chooses the ranking lens of every row. Limits: docs/batches.md.")
            .Accepts<string>(BatchFormats.Csv, BatchFormats.Ndjson, BatchFormats.FhirJson)
            .WithRequestBodyLimit(maxBytes)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet("/{id:guid}", GetBatch)
            .RequireReadScope()
            .WithName("GetBatch")
            .WithSummary("Status (queued, running, done, failed), progress (done/total) and the errors of the rows that were skipped");
        group.MapGet("/{id:guid}/report", BatchReportEndpoint.GetReport)
            .RequireReadScope()
            .WithName("GetBatchReport")
            .WithSummary("The tumor-board report of a finished batch: format=md|html|csv|summary-csv|json")
            .WithDescription("md and html open with the overview (one line per patient: HER2 status and what is pending, findings by mechanism, "
                + "the top available option with its tier, flags), then one section per patient with the top five options, each linking to the "
                + "patient's one-patient report through a signed, expiring link. csv has one row per patient and option; summary-csv one row "
                + "per patient with the overview's columns, formula-escaped, for a spreadsheet. 409 while rows are still being evaluated.")
            .Produces<string>(StatusCodes.Status200OK, BatchReportEndpoint.MarkdownContentType, BatchReportEndpoint.HtmlContentType, BatchReportEndpoint.CsvContentType, BatchReportEndpoint.JsonContentType)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return endpoints;
    }

    /// <param name="http">The request: the cohort as the body, and its caller.</param>
    /// <param name="ranking">The ranking lens of every row: "current" (the default: what is available today first) or "review" (the review's 2011 order).</param>
    /// <param name="intake">Reads and stores the batch.</param>
    /// <param name="db">The database.</param>
    /// <param name="cancellationToken">Cancels the submission.</param>
    public static async Task<Results<Accepted<BatchStatusResponse>, ValidationProblem, ProblemHttpResult>> SubmitBatch(
        HttpContext http, string? ranking, BatchIntake intake, CdsDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var request = http.Request;
        ArgumentNullException.ThrowIfNull(intake);
        if (!InputVocabularies.RankingLens.TryParse(ranking ?? "current", out var lens))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]>
                {
                    ["ranking"] = [$"Must be one of: {string.Join(", ", InputVocabularies.RankingLens.Terms.Select(t => $"\"{t}\""))} (the query parameter ranking)."],
                },
                detail: "See errors: the key is the query parameter.",
                title: "The request has invalid fields",
                type: ProblemTypes.Validation);
        }

        var format = BatchFormats.Of(request.ContentType);
        if (format is null)
        {
            return TypedResults.Problem(
                $"Send the cohort as one of: {string.Join(", ", BatchFormats.Accepted)}.",
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type",
                type: ProblemTypes.UnsupportedMediaType);
        }

        var submission = await intake.SubmitAsync(format, request.Body, lens, http.RequireCaller(), cancellationToken);
        if (submission.BatchId is not { } id)
        {
            return TypedResults.Problem(
                submission.Problem,
                statusCode: submission.StatusCode,
                title: submission.StatusCode == StatusCodes.Status413PayloadTooLarge ? "The batch is too large" : "The file is not a batch",
                type: ProblemTypes.ForStatus(submission.StatusCode));
        }

        var status = await BatchStatusReader.ReadAsync(db, id, cancellationToken);
        return TypedResults.Accepted(BatchLinks.For(id).Self, status);
    }

    public static async Task<Results<Ok<BatchStatusResponse>, NotFound>> GetBatch(
        Guid id, HttpContext http, CdsDbContext db, IAccessLog accessLog, ReportLinkUrls links, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(links);
        var batch = await FindVisibleAsync(id, http, db, cancellationToken);
        if (batch is null)
            return TypedResults.NotFound();
        // The status names the patients of the rows that failed: a read of patient data like any other.
        await accessLog.RecordAsync(http, AccessActions.ReadBatch, id.ToString(), rows: batch.Total);
        var status = await BatchStatusReader.ReadAsync(db, batch, cancellationToken);
        if (batch.Status is BatchStatuses.Queued or BatchStatuses.Running)
            return TypedResults.Ok(status);
        var reportLink = links.Batch(http.Request, id, http.RequireCaller());
        return TypedResults.Ok(status with { Links = status.Links with { ReportLink = reportLink } });
    }

    /// <summary>The batch, or null when there is none or it is not this caller's to read (the same 404).</summary>
    public static async Task<BatchRecord?> FindVisibleAsync(Guid id, HttpContext http, CdsDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var batch = await BatchStatusReader.FindAsync(db, id, cancellationToken);
        return batch is not null && http.RequireCaller().CanRead(batch.CallerId) ? batch : null;
    }
}
