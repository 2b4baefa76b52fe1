namespace CdsService.Api.Http;

/// <summary>
/// Response headers of docs/security.md, "Output": nosniff on every answer, so a report or an error is never
/// re-interpreted as another type; no-store on every answer of the routes that carry patient data, so no browser or
/// proxy keeps a copy; frame-ancestors 'none' on every HTML page, so no site can frame a report (clickjacking).
/// </summary>
public static class SecurityHeaders
{
    /// <summary>Routes whose answers can hold patient data.</summary>
    private static readonly PathString[] PatientDataPaths = ["/api", "/fhir", "/cds-services", "/reports"];

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            var response = context.Response;
            var noStore = PatientDataPaths.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));
            response.OnStarting(() =>
            {
                response.Headers.XContentTypeOptions = "nosniff";
                if (noStore)
                    response.Headers.CacheControl = "no-store";
                if (response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
                    response.Headers.ContentSecurityPolicy = AppendFrameAncestors(response.Headers.ContentSecurityPolicy.ToString());
                return Task.CompletedTask;
            });
            return next(context);
        });

    private static string AppendFrameAncestors(string policy) =>
        policy.Contains("frame-ancestors", StringComparison.OrdinalIgnoreCase) ? policy
        : policy.Length == 0 ? "frame-ancestors 'none'"
        : policy.TrimEnd(';', ' ') + "; frame-ancestors 'none'";
}
