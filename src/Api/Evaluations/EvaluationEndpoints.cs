namespace CdsService.Api.Evaluations;

using CdsService.Api.Auth;
using CdsService.Api.Evaluations.Contracts;
using CdsService.Api.Evaluations.Reports;
using CdsService.Api.Persistence;
using CdsService.Api.Persistence.Access;
using CdsService.Api.Persistence.Audit;
using CdsService.Api.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

public static class EvaluationEndpoints
{
    /// <summary>Maps /evaluations on the /api/v1 group.</summary>
    public static RouteGroupBuilder MapEvaluations(this IEndpointRouteBuilder app)
    {
        // Every read is scoped to the caller (read:own) unless it holds read:all, and is written to the access log.
        var group = app.MapGroup("/evaluations").WithTags("Evaluations").RequireReadScope();
        group.MapGet("/{id:guid}", GetEvaluation)
            .WithName("GetEvaluation")
            .WithSummary("A stored evaluation: the normalised input, the answer as sent, and the knowledge base that produced it.");
        group.MapGet("/", ListEvaluations)
            .WithName("ListEvaluations")
            .WithSummary("Stored evaluations, newest first, filtered by patient id and time range (paged).");
        group.MapGet("/{id:guid}/report", GetReport)
            .WithName("GetEvaluationReport")
            .WithSummary("A one-patient report (format=html|md): HER2 call, findings, ranked options, references, disclaimer.")
            .Produces<string>(StatusCodes.Status200OK, ReportFormats.HtmlContentType, ReportFormats.MarkdownContentType);
        return group;
    }

    public static async Task<Results<Ok<EvaluationResponse>, NotFound>> GetEvaluation(
        Guid id, HttpContext http, CdsDbContext db, IAccessLog accessLog, CancellationToken cancellationToken)
    {
        var record = await FindVisibleAsync(id, http, db, cancellationToken);
        if (record is null)
            return TypedResults.NotFound();
        await accessLog.RecordAsync(http, AccessActions.ReadEvaluation, id.ToString(), record.PatientId);
        return TypedResults.Ok(record.ToResponse());
    }

    public static async Task<Results<Ok<EvaluationPage>, ValidationProblem>> ListEvaluations(
        [AsParameters] EvaluationQuery query, HttpContext http, CdsDbContext db, IAccessLog accessLog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = query.Validate();
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var matches = db.Evaluations.AsNoTracking().VisibleTo(http.RequireCaller());
        if (query.PatientId is not null)
            matches = matches.Where(e => e.PatientId == query.PatientId);
        if (query.From is { } from)
            matches = matches.Where(e => e.CreatedAt >= from.ToUniversalTime());
        if (query.To is { } to)
            matches = matches.Where(e => e.CreatedAt < to.ToUniversalTime());

        var total = await matches.CountAsync(cancellationToken);
        var items = await matches
            .OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id)
            .Skip(Paging.Skip(query.PageOrDefault, query.PageSizeOrDefault)).Take(query.PageSizeOrDefault)
            .Select(e => new EvaluationSummary(e.Id, e.CreatedAt, e.Channel, e.PatientId, e.Her2Status,
                new StoredKnowledgeBase(e.KbVersion, e.KbHash), e.EngineVersion))
            .ToListAsync(cancellationToken);
        await accessLog.RecordAsync(http, AccessActions.ListEvaluations, null, query.PatientId, items.Count);
        return TypedResults.Ok(new EvaluationPage(items, query.PageOrDefault, query.PageSizeOrDefault, total));
    }

    public static async Task<Results<ContentHttpResult, NotFound, ValidationProblem>> GetReport(
        Guid id, string? format, HttpContext http, CdsDbContext db, IAccessLog accessLog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var response = http.Response;
        if (!ReportFormats.TryParse(format, out var reportFormat))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["format must be html or md."] });
        var record = await FindVisibleAsync(id, http, db, cancellationToken);
        if (record is null)
            return TypedResults.NotFound();
        await accessLog.RecordAsync(http, AccessActions.ReadReport, id.ToString(), record.PatientId);
        return Report(record, reportFormat, response);
    }

    /// <summary>The one-patient report of a stored evaluation, as read through the API or a signed link.</summary>
    public static ContentHttpResult Report(EvaluationRecord record, ReportFormat format, HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var report = EvaluationReportReader.Read(record);
        if (format == ReportFormat.Markdown)
            return TypedResults.Text(MarkdownReportWriter.Write(report), ReportFormats.MarkdownContentType);
        // The page embeds stored values; even though each is escaped, nothing in it may run script or load anything.
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        return TypedResults.Text(HtmlReportRenderer.Render(report), ReportFormats.HtmlContentType);
    }

    /// <summary>The row, or null when there is none or it is not this caller's to read (the same 404: no existence leak).</summary>
    private static async Task<EvaluationRecord?> FindVisibleAsync(Guid id, HttpContext http, CdsDbContext db, CancellationToken cancellationToken)
    {
        var record = await db.Evaluations.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        return record is not null && http.RequireCaller().CanRead(record.CallerId) ? record : null;
    }

    private static EvaluationResponse ToResponse(this EvaluationRecord r) => new(
        r.Id, r.CreatedAt, r.Channel, r.PatientId, r.HookInstance, r.Her2Status,
        new StoredKnowledgeBase(r.KbVersion, r.KbHash), r.EngineVersion, r.RankingLens, r.DurationMs,
        StoredJson.Parse(r.InputJson), StoredJson.Parse(r.OutputJson));
}
