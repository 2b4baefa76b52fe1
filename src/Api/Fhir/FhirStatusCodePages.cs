namespace CdsService.Api.Fhir;

using CdsService.Fhir.Outbound;
using Hl7.Fhir.Model;

/// <summary>
/// Bodiless error statuses (the 401 of an authentication challenge, a 405) get a body in the caller's language:
/// an OperationOutcome under /fhir (FHIR R4 http.html: errors are OperationOutcome), problem+json elsewhere.
/// </summary>
public static class FhirStatusCodePages
{
    public static IApplicationBuilder UseCdsStatusCodePages(this IApplicationBuilder app) =>
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            var status = http.Response.StatusCode;
            if (http.Request.Path.StartsWithSegments(FhirEndpoints.BasePath))
            {
                var outcome = OperationOutcomeFactory.Create(IssueType(status), Message(status));
                await new FhirResult(outcome, status).ExecuteAsync(http);
                return;
            }

            var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = { Status = status } });
        });

    private static OperationOutcome.IssueType IssueType(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => OperationOutcome.IssueType.Login,
        StatusCodes.Status403Forbidden => OperationOutcome.IssueType.Forbidden,
        StatusCodes.Status404NotFound => OperationOutcome.IssueType.NotFound,
        StatusCodes.Status405MethodNotAllowed => OperationOutcome.IssueType.NotSupported,
        _ => OperationOutcome.IssueType.Processing,
    };

    private static string Message(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => "Authentication required: send an X-Api-Key header or a bearer token.",
        StatusCodes.Status403Forbidden => "Not allowed for this caller.",
        _ => $"HTTP {status}.",
    };
}
