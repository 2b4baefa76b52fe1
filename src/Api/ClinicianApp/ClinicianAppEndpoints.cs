namespace CdsService.Api.ClinicianApp;

using System.Text.Json;
using CdsService.Api.Auth;
using CdsService.Api.Errors;
using CdsService.Api.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

/// <summary>
/// The clinician page (docs/app.md): /app is the form and the answer; /app/evaluations/{id}?token=... is the read-only
/// view of one stored evaluation opened through a signed report link. Both are the same static page; its script and
/// style are files of wwwroot/app, served by the static-file middleware.
/// </summary>
public static class ClinicianAppEndpoints
{
    public const string PagePath = "/app";
    public const string EvaluationViewPath = "/app/evaluations/";

    /// <summary>
    /// The page loads only its own script, style and JSON: no inline code, no other origin (docs/security.md, "Output").
    /// The signed token rides in the view's query string, so no referrer may carry it to another site.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private const string IndexFile = "app/index.html";

    public static IEndpointRouteBuilder MapClinicianApp(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(PagePath).AllowAnonymous().WithErrorChannel(ErrorChannel.Problem).WithTags("Clinician page").ExcludeFromDescription();
        group.MapGet("/", Page);
        group.MapGet("/evaluations/{id:guid}", (Guid id, HttpContext http, IWebHostEnvironment environment) => Page(http, environment));
        group.MapGet("/settings", Settings);
        return endpoints;
    }

    private static IResult Page(HttpContext http, IWebHostEnvironment environment)
    {
        var file = environment.WebRootFileProvider.GetFileInfo(IndexFile);
        if (!file.Exists)
            return TypedResults.NotFound();
        http.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        return TypedResults.Stream(file.CreateReadStream(), "text/html; charset=utf-8");
    }

    private static Ok<ClinicianAppSettings> Settings(IOptions<AuthOptions> auth) => TypedResults.Ok(new ClinicianAppSettings(
        auth.Value.Required,
        ApiKeyAuthenticationHandler.HeaderName,
        ClinicianAppVocabularies.All,
        [.. RecommendationExamples.All.Select(e => new ClinicianAppExample(e.Name, e.Summary, JsonSerializer.Deserialize<JsonElement>(e.Json)))]));
}
