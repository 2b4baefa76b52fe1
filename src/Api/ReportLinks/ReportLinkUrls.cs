namespace CdsService.Api.ReportLinks;

using CdsService.Api.Auth;
using CdsService.Api.CdsHooks;
using Microsoft.Extensions.Options;

/// <summary>The absolute, signed URLs of the report routes (<see cref="ReportLinkEndpoints"/>).</summary>
public sealed class ReportLinkUrls(ReportLinkSigner signer, IOptions<ReportLinkOptions> links, IOptions<CdsHooksOptions> hooks)
{
    public const string EvaluationPath = "/reports/evaluations/";
    public const string BatchPath = "/reports/batches/";

    public Uri Evaluation(HttpRequest request, Guid id, Caller caller) =>
        new($"{BaseUrl(request)}{EvaluationPath}{id}?format=html&token={signer.Sign(ReportLinkClaim.Evaluation, id, caller)}");

    public Uri Batch(HttpRequest request, Guid id, Caller caller) =>
        new($"{BaseUrl(request)}{BatchPath}{id}?format=html&token={signer.Sign(ReportLinkClaim.Batch, id, caller)}");

    /// <summary>ReportLinks:PublicBaseUrl, else CdsHooks:PublicBaseUrl, else the request's own scheme and host.</summary>
    public string BaseUrl(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var configured = links.Value.PublicBaseUrl ?? hooks.Value.PublicBaseUrl;
        return string.IsNullOrWhiteSpace(configured)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : configured.TrimEnd('/');
    }
}
