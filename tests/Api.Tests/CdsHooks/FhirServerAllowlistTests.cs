namespace CdsService.Api.Tests.CdsHooks;

using System.Net;
using CdsService.Api.Tests.Infrastructure;

/// <summary>
/// docs/security.md, "CDS Hooks FHIR access": fhirServer is a FHIR base URL (no query string, no fragment) compared
/// with the allowlist after normalisation, and a patientId the service would query it with is a FHIR id.
/// </summary>
public sealed class FhirServerAllowlistTests(CdsHooksAppFactory factory) : IClassFixture<CdsHooksAppFactory>
{
    private async Task<(HttpStatusCode Status, string[] Diagnostics)> CallAsync(string? fhirServer, string patientId = "p1")
    {
        var request = HookCalls.PatientViewRequest(factory, HookCalls.FullPrefetch(), patientId: patientId);
        if (fhirServer is not null)
            request["fhirServer"] = fhirServer;
        using var response = await factory.PostAsync(HookCalls.PatientView, request);
        if (response.StatusCode == HttpStatusCode.OK)
            return (response.StatusCode, []);
        var outcome = await response.JsonAsync();
        return (response.StatusCode, [.. outcome["issue"]!.AsArray().Select(i => i!["diagnostics"]!.GetValue<string>())]);
    }

    [Theory]
    [InlineData("?_format=xml")]
    [InlineData("?")]
    [InlineData("#frag")]
    [InlineData("/?x=1")]
    public async Task FhirServer_WithQueryOrFragment_Is400(string suffix)
    {
        var (status, diagnostics) = await CallAsync(factory.Fhir.FhirBase.TrimEnd('/') + suffix);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["fhirServer: must be a FHIR base URL, without query string or fragment."], diagnostics);
        Assert.DoesNotContain(factory.Fhir.Requests, r => r.PathAndQuery.Contains("_format", StringComparison.Ordinal) || r.PathAndQuery.Contains("x=1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FhirServer_AllowlistedWithTrailingSlashOrUpperCaseHost_IsAccepted()
    {
        var listed = new Uri(factory.Fhir.FhirBase);
        var variant = $"{listed.Scheme}://{listed.Host.ToUpperInvariant()}:{listed.Port}{listed.AbsolutePath.TrimEnd('/')}/";
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(variant)).Status);
    }

    [Theory]
    [InlineData("p/../../Practitioner/1")]
    [InlineData("p 1")]
    [InlineData("p?_id=x")]
    [InlineData("p_1")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123x")]
    public async Task PatientId_NotAFhirIdWithFhirServer_Is400(string patientId)
    {
        var (status, diagnostics) = await CallAsync(null, patientId);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(["context.patientId: must be a FHIR id (1 to 64 of A-Z, a-z, 0-9, '-' and '.') when fhirServer is given: the service queries that server with it."], diagnostics);
    }

    [Theory]
    [InlineData("smart-1288992")]
    [InlineData("a.b-C.9")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890123")]
    public async Task PatientId_FhirIdWithFhirServer_IsAccepted(string patientId) =>
        Assert.Equal(HttpStatusCode.OK, (await CallAsync(null, patientId)).Status);
}
