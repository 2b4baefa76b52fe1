namespace CdsService.Api.Tests.Smart;

using CdsService.Api.Smart;

/// <summary>docs/smart.md, "Configuration": unsafe or ambiguous SMART settings stop the service; an iss matches its entry only.</summary>
public sealed class SmartOptionsTests
{
    private static SmartOptions Options(string redirect = "https://cds.example.org/app/callback", params (string Issuer, string ClientId)[] clients)
    {
        var options = new SmartOptions { RedirectUri = redirect };
        foreach (var (issuer, clientId) in clients)
            options.Clients.Add(new SmartClientOptions { Issuer = issuer, ClientId = clientId });
        return options;
    }

    [Fact]
    public void ValidConfiguration_Passes_AndTheLaunchUrlSitsBesideTheCallback()
    {
        var options = Options(clients: ("https://ehr.example.org/fhir", "app"));

        Assert.True(new SmartOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal("https://cds.example.org/app/launch", options.LaunchUrl?.AbsoluteUri);
    }

    [Theory]
    [InlineData("http://ehr.example.org/fhir", "app", "https://cds.example.org/app/callback", "Smart:Clients:0:Issuer must be an absolute https URL")]
    [InlineData("https://ehr.example.org/fhir", " ", "https://cds.example.org/app/callback", "Smart:Clients:0:ClientId is required.")]
    [InlineData("https://ehr.example.org/fhir", "app", "http://cds.example.org/app/callback", "Smart:RedirectUri must be an absolute https URL")]
    [InlineData("https://ehr.example.org/fhir", "app", "", "Smart:RedirectUri must be an absolute https URL")]
    public void UnsafeOrIncompleteEntry_StopsTheService_NamingTheKey(string issuer, string clientId, string redirect, string expected)
    {
        var result = new SmartOptionsValidator().Validate(null, Options(redirect, (issuer, clientId)));

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void SameIssuerTwice_StopsTheService()
    {
        var result = new SmartOptionsValidator().Validate(null, Options(clients: [("https://ehr.example.org/fhir", "a"), ("https://EHR.example.org/fhir/", "b")]));

        Assert.Equal(["Smart:Clients lists the issuer https://ehr.example.org/fhir more than once."], result.Failures);
    }

    [Theory]
    [InlineData("https://ehr.example.org/fhir", true)]
    [InlineData("https://EHR.example.org/fhir/", true)]
    [InlineData("https://ehr.example.org/fhir2", false)]
    [InlineData("https://ehr.example.org.evil.example/fhir", false)]
    [InlineData("http://ehr.example.org/fhir", false)]
    [InlineData("not a url", false)]
    public void ClientFor_MatchesOnlyTheConfiguredIssuer(string iss, bool found)
    {
        var options = Options(clients: ("https://ehr.example.org/fhir", "app"));

        Assert.Equal(found ? "app" : null, options.ClientFor(iss)?.ClientId);
    }

    [Fact]
    public void NothingConfigured_HasNoLaunchUrl()
    {
        Assert.Null(new SmartOptions().LaunchUrl);
        Assert.True(new SmartOptionsValidator().Validate(null, new SmartOptions()).Succeeded);
    }
}
