namespace CdsService.Api.Batches;

using CdsService.Api.Batches.Contracts;
using CdsService.Api.Batches.Reports;
using CdsService.Api.Errors;
using CdsService.Api.Http;
using CdsService.Api.Persistence;
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
            .WithName("SubmitBatch")
            .WithSummary("Submit a tumor-board cohort: CSV (text/csv), NDJSON of REST panels (application/x-ndjson) or a FHIR Bundle")
            .WithDescription("Answers 202 with a Location to poll. Rows with invalid values are reported and skipped; the others are evaluated in the background. "
                + "The query parameter ranking=current|review (default current) chooses the ranking lens of every row. Limits: docs/batches.md.")
            .Accepts<string>(BatchFormats.Csv, BatchFormats.Ndjson, BatchFormats.FhirJson)
            .WithRequestBodyLimit(maxBytes)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet("/{id:guid}", GetBatch)
            .WithName("GetBatch")
            .WithSummary("Status (queued, running, done, failed), progress (done/total) and the errors of the rows that were skipped");
        group.MapGet("/{id:guid}/report", BatchReportEndpoint.GetReport)
            .WithName("GetBatchReport")
            .WithSummary("The tumor-board report of a finished batch: format=md|html|csv|json")
            .Produces<string>(StatusCodes.Status200OK, BatchReportEndpoint.MarkdownContentType, BatchReportEndpoint.HtmlContentType, BatchReportEndpoint.CsvContentType, BatchReportEndpoint.JsonContentType)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return endpoints;
    }

    /// <param name="request">The cohort as the body.</param>
    /// <param name="ranking">The ranking lens of every row: "current" (the default: what is available today first) or "review" (the review's 2011 order).</param>
    /// <param name="intake">Reads and stores the batch.</param>
    /// <param name="db">The database.</param>
    /// <param name="cancellationToken">Cancels the submission.</param>
    public static async Task<Results<Accepted<BatchStatusResponse>, ValidationProblem, ProblemHttpResult>> SubmitBatch(
        HttpRequest request, string? ranking, BatchIntake intake, CdsDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
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

        var submission = await intake.SubmitAsync(format, request.Body, lens, cancellationToken);
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

    public static async Task<Results<Ok<BatchStatusResponse>, NotFound>> GetBatch(Guid id, CdsDbContext db, CancellationToken cancellationToken)
    {
        var status = await BatchStatusReader.ReadAsync(db, id, cancellationToken);
        return status is null ? TypedResults.NotFound() : TypedResults.Ok(status);
    }
}
