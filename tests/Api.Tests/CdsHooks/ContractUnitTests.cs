namespace CdsService.Api.Tests.CdsHooks;

using System.Text.Json;
using System.Text.RegularExpressions;
using CdsService.Api.CdsHooks;
using CdsService.Api.CdsHooks.Contracts;
using CdsService.Api.CdsHooks.Prefetch;
using CdsService.Api.CdsHooks.Requests;

/// <summary>docs/cds-hooks.md D3, D6, P1, P2, R4, X3: discovery content, the prefetch linter, token redaction, configuration checks.</summary>
public sealed partial class ContractUnitTests
{
    // CDS Hooks 2.0 §Prefetch Template: read or type search; patient reference; token equality on code or component-code (comma = OR); _count/_sort.
    [GeneratedRegex(@"^(?:[A-Z][A-Za-z]+/\{\{context\.(?:patientId|userId|encounterId)\}\}|[A-Z][A-Za-z]+\?(?:(?:patient=\{\{context\.patientId\}\}|(?:component-)?code=(?:[^&{}|,]+\|[0-9A-Za-z.-]+)(?:,[^&{}|,]+\|[0-9A-Za-z.-]+)*|_count=\d+|_sort=-?[a-z]+)&?)+)$")]
    private static partial Regex AllowedTemplate();

    [Fact]
    public void Discovery_Prefetch_UsesOnlyTheAllowedQuerySubsetAndTokens()
    {
        Assert.All(CdsServiceCatalog.All.SelectMany(s => s.Prefetch.Values), t => Assert.Matches(AllowedTemplate(), t));
        Assert.All(CdsServiceCatalog.All.SelectMany(s => s.Prefetch.Values),
            t => Assert.DoesNotMatch(new Regex(@"\{\{(?!context\.(patientId|userId|encounterId)\}\})"), t));
    }

    [Fact]
    public void Discovery_Descriptors_HaveEveryRequiredMember()
    {
        var json = JsonSerializer.SerializeToElement(new DiscoveryResponse(CdsServiceCatalog.All), CdsHooksJson.Options);
        foreach (var service in json.GetProperty("services").EnumerateArray())
        {
            foreach (var member in new[] { "hook", "title", "description", "id" })
            {
                Assert.False(string.IsNullOrWhiteSpace(service.GetProperty(member).GetString()));
            }

            Assert.False(service.TryGetProperty("usageRequirements", out _));
        }
    }

    [Fact]
    public void FhirAuthorization_ToString_NeverShowsTheAccessToken()
    {
        var auth = new FhirAuthorization("secret-token-value", "user/Patient.read", "svc", 300, null);
        Assert.DoesNotContain("secret-token-value", auth.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret-token-value", new FhirAccess(new Uri("https://fhir.example"), "secret-token-value").ToString(), StringComparison.Ordinal);
        var request = new CdsHookRequest("patient-view", "h", new Uri("https://fhir.example"), auth, "p", "u", null, [], null, new Dictionary<string, JsonElement>());
        Assert.DoesNotContain("secret-token-value", request.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://cds.example.org", "https://ehr.example/jwks", "https://ehr.example", true)]
    [InlineData("http://cds.example.org", "https://ehr.example/jwks", "https://ehr.example", false)]
    [InlineData("https://cds.example.org", "http://ehr.example/jwks", "https://ehr.example", false)]
    [InlineData("https://cds.example.org", "https://ehr.example/jwks", "*", false)]
    [InlineData(null, "https://ehr.example/jwks", "https://ehr.example", false)]
    [InlineData("https://cds.example.org?x=1", "https://ehr.example/jwks", "https://ehr.example", false)]
    public void Options_Validator_RejectsUnsafeConfiguration(string? publicBase, string jwks, string origin, bool valid)
    {
        var options = new CdsHooksOptions { PublicBaseUrl = publicBase, RequireJwt = true };
        options.TrustedClients.Add(new TrustedClientOptions { Issuer = "https://ehr.example", JwksUrl = jwks });
        options.AllowedOrigins.Add(origin);
        Assert.Equal(valid, Validator("Production").Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("Production", true, 0, false)]
    [InlineData("Production", null, 0, false)]
    [InlineData("Production", false, 0, true)]
    [InlineData("Development", null, 0, true)]
    [InlineData("Production", true, 3, true)]
    public void Options_Validator_JwtRequiredWithoutAClient_RefusesToStart(string environment, bool? requireJwt, int disabled, bool valid)
    {
        var options = new CdsHooksOptions { PublicBaseUrl = "https://cds.example.org", RequireJwt = requireJwt };
        foreach (var service in CdsServiceCatalog.All.Take(disabled))
            options.DisabledServices.Add(service.Id);

        var result = Validator(environment).Validate(null, options);

        Assert.Equal(valid, result.Succeeded);
        if (!valid)
            Assert.Contains("no CdsHooks:TrustedClients are configured", result.FailureMessage, StringComparison.Ordinal);
    }

    private static CdsHooksOptionsValidator Validator(string environment) =>
        new(new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { EnvironmentName = environment });

    [Fact]
    public void Options_RequireJwt_DefaultsToTrueOutsideDevelopment()
    {
        Assert.True(new CdsHooksOptions().JwtRequired(isDevelopment: false));
        Assert.False(new CdsHooksOptions().JwtRequired(isDevelopment: true));
        Assert.True(new CdsHooksOptions { RequireJwt = true }.JwtRequired(isDevelopment: true));
    }
}
