namespace CdsService.Api.ReportLinks;

using System.Text.Json;
using CdsService.Api.Batches;
using CdsService.Api.Batches.Reports;
using CdsService.Api.Errors;
using CdsService.Api.Evaluations;
using CdsService.Api.Evaluations.Reports;
using CdsService.Api.Persistence;
using CdsService.Api.Persistence.Audit;
using CdsService.Api.Persistence.Access;
using CdsService.Rules.Engine;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

/// <summary>
/// GET /reports/evaluations/{id} and /reports/batches/{id}: the reports behind a signed link, for a browser that has
/// no API key (a clinician clicking a CDS Hooks card, a tumor board opening a saved report). The token is the whole
/// authorization and opens exactly the one report it names; each use goes in the access log (docs/operations.md).
/// </summary>
public static class ReportLinkEndpoints
{
    public static IEndpointRouteBuilder MapReportLinks(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup("/reports").AllowAnonymous().WithErrorChannel(ErrorChannel.Problem).WithTags("Report links");
        group.MapGet("/evaluations/{id:guid}", EvaluationAsync)
            .WithName("OpenEvaluationReportLink")
            .WithSummary("A one-patient report through a signed link (format=html|md, token from a CDS Hooks card or a batch report)")
            .Produces<string>(StatusCodes.Status200OK, ReportFormats.HtmlContentType, ReportFormats.MarkdownContentType);
        group.MapGet("/evaluations/{id:guid}/answer", AnswerAsync)
            .WithName("OpenEvaluationAnswerLink")
            .WithSummary("The stored answer of one evaluation through a signed link, as JSON: what the clinician page's read-only view (/app/evaluations/{id}) draws");
        group.MapGet("/batches/{id:guid}", BatchAsync)
            .WithName("OpenBatchReportLink")
            .WithSummary("A tumor-board report through a signed link (format=md|html|csv|json)")
            .Produces<string>(StatusCodes.Status200OK, BatchReportEndpoint.MarkdownContentType, BatchReportEndpoint.HtmlContentType, BatchReportEndpoint.CsvContentType, BatchReportEndpoint.JsonContentType);
        return endpoints;
    }

    public static async Task<Results<ContentHttpResult, ErrorResult, ValidationProblem, NotFound>> EvaluationAsync(
        Guid id, string? token, string? format, HttpContext http, ReportLinkSigner signer, CdsDbContext db, IAccessLog accessLog,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(signer);
        if (signer.Read(token, ReportLinkClaim.Evaluation, id) is not { } claim)
            return Refused();
        if (!ReportFormats.TryParse(format, out var reportFormat))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["format must be html or md."] });
        var record = await db.Evaluations.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (record is null)
            return TypedResults.NotFound();
        await RecordUseAsync(accessLog, http, claim, AccessActions.ReadReportByLink, record.PatientId, null);
        return EvaluationEndpoints.Report(record, reportFormat, http.Response);
    }

    public static async Task<Results<Ok<StoredAnswerView>, ErrorResult, NotFound>> AnswerAsync(
        Guid id, string? token, HttpContext http, ReportLinkSigner signer, CdsDbContext db, IAccessLog accessLog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(signer);
        if (signer.Read(token, ReportLinkClaim.Evaluation, id) is not { } claim)
            return Refused();
        var record = await db.Evaluations.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (record is null)
            return TypedResults.NotFound();
        await RecordUseAsync(accessLog, http, claim, AccessActions.ReadReportByLink, record.PatientId, null);
        return TypedResults.Ok(new StoredAnswerView(record.Id, record.CreatedAt, record.Channel, record.PatientId,
            JsonSerializer.Deserialize<JsonElement>(record.EvaluationJson ?? record.OutputJson))
        {
            Launch = record.Channel == EvaluationChannels.Smart ? JsonSerializer.Deserialize<JsonElement>(record.OutputJson) : null,
        });
    }

    public static async Task<Results<BatchReportResult, ErrorResult, ValidationProblem, ProblemHttpResult, NotFound>> BatchAsync(
        Guid id, string? token, string? format, HttpContext http, ReportLinkSigner signer, ReportLinkUrls links, CdsDbContext db, CdsEngine engine,
        IOptions<JsonOptions> json, IAccessLog accessLog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(json);
        if (signer.Read(token, ReportLinkClaim.Batch, id) is not { } claim)
            return Refused();
        if (BatchReportEndpoint.KindOf(format) is not { } kind)
            return BatchReportEndpoint.FormatProblem();
        var batch = await BatchStatusReader.FindAsync(db, id, cancellationToken);
        if (batch is null)
            return TypedResults.NotFound();
        if (BatchReportEndpoint.NotFinished(batch) is { } problem)
            return problem;
        await RecordUseAsync(accessLog, http, claim, AccessActions.ReadBatchReportByLink, null, batch.Total);
        // The patients' links are issued to the same caller as the batch link.
        var caller = new Auth.Caller(claim.Caller, claim.Client, new HashSet<string>(), new HashSet<string>());
        return await BatchReportEndpoint.RenderAsync(db, batch, kind, engine, json.Value,
            patient => links.Evaluation(http.Request, patient, caller), cancellationToken);
    }

    /// <summary>
    /// The one place a link's use reaches the access log: who the link was issued to, which report, from where.
    /// </summary>
    private static Task RecordUseAsync(IAccessLog accessLog, HttpContext http, ReportLinkClaim claim, string action, string? patientId, int? rows) =>
        accessLog.RecordAsync(
            new AccessEntry(claim.Caller, action, claim.Id.ToString(), http.Connection.RemoteIpAddress?.ToString())
            {
                Client = claim.Client,
                PatientId = patientId,
                Rows = rows,
            },
            http.RequestAborted);

    /// <summary>Expired, altered, or for another report: one answer for all three, so a token cannot be probed.</summary>
    private static ErrorResult Refused() => new(ErrorReport.ForStatus(StatusCodes.Status401Unauthorized,
        "This report link has expired or is not valid for this report. Open the report again from the EHR card or the batch, which gives a fresh link."));
}
