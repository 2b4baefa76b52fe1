namespace CdsService.Api.ReportLinks;

using System.Text.RegularExpressions;
using CdsService.Api.Auth;
using CdsService.Api.CdsHooks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

/// <summary>
/// The absolute, signed URLs of the report routes (<see cref="ReportLinkEndpoints"/>). Their scheme and host come from
/// configuration only, never from the request's Host header, which any client sets (docs/operations.md, "Report links").
/// </summary>
public sealed partial class ReportLinkUrls(ReportLinkSigner signer, IOptions<ReportLinkOptions> links, IOptions<CdsHooksOptions> hooks, IServer server)
{
    public const string EvaluationPath = "/reports/evaluations/";
    public const string BatchPath = "/reports/batches/";

    /// <summary>Where nothing is configured and the host has no listening address (an in-memory test server).</summary>
    public const string FallbackBaseUrl = "http://localhost";

    public Uri Evaluation(HttpRequest request, Guid id, Caller caller) =>
        new($"{BaseUrl(request)}{EvaluationPath}{id}?format=html&token={signer.Sign(ReportLinkClaim.Evaluation, id, caller)}");

    /// <summary>The stored report and the clinician page's read-only view of it, under one signed token (docs/app.md).</summary>
    public EvaluationLinks EvaluationLinks(HttpRequest request, Guid id, Caller caller)
    {
        var token = signer.Sign(ReportLinkClaim.Evaluation, id, caller);
        var baseUrl = BaseUrl(request);
        return new(
            new Uri($"{baseUrl}{ClinicianApp.ClinicianAppEndpoints.EvaluationViewPath}{id}?token={token}"),
            new Uri($"{baseUrl}{EvaluationPath}{id}?format=html&token={token}"));
    }

    public Uri Batch(HttpRequest request, Guid id, Caller caller) =>
        new($"{BaseUrl(request)}{BatchPath}{id}?format=html&token={signer.Sign(ReportLinkClaim.Batch, id, caller)}");

    /// <summary>
    /// ReportLinks:PublicBaseUrl, else CdsHooks:PublicBaseUrl, else the first address the server listens on (the
    /// configured urls, or the launch profile's in Development; a wildcard host reads as localhost) and the path base.
    /// </summary>
    public string BaseUrl(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var configured = links.Value.PublicBaseUrl ?? hooks.Value.PublicBaseUrl;
        return string.IsNullOrWhiteSpace(configured)
            ? ListeningAddress() + request.PathBase
            : configured.TrimEnd('/');
    }

    private string ListeningAddress()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault();
        return address is null ? FallbackBaseUrl : WildcardHost().Replace(address, "${scheme}://localhost").TrimEnd('/');
    }

    [GeneratedRegex(@"^(?<scheme>https?)://(\+|\*|0\.0\.0\.0|\[::\])(?=[:/]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex WildcardHost();
}
