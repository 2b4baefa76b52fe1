namespace CdsService.Api.Tests.CdsHooks;

using System.Net;
using System.Text.Json.Nodes;
using CdsService.Api.Tests.Infrastructure;

/// <summary>The specification's patient-view request (CDS Hooks 2.0 §HTTP Request example) against the real server.</summary>
public sealed class SpecExampleRequestTests : IAsyncLifetime
{
    private readonly CdsHooksAppFactory _factory = new();

    [Fact]
    public async Task PatientView_SpecExampleAsIs_Is412BecauseItsFhirServerIsNotAllowlisted()
    {
        using var response = await _factory.PostAsync(HookCalls.PatientView, HookCalls.Example("patient-view-request-example.json"));

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("OperationOutcome", (await response.JsonAsync())["resourceType"]!.GetValue<string>());
    }

    [Fact]
    public async Task PatientView_SpecExampleOnTheAllowlistedServer_FetchesItsKeysWithItsToken()
    {
        var body = HookCalls.Example("patient-view-request-example.json").AsObject();
        body["fhirServer"] = _factory.Fhir.FhirBase;

        using var response = await _factory.PostAsync(HookCalls.PatientView, body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"cards\":[]}", (await response.JsonAsync()).ToJsonString());
        Assert.Contains(_factory.Fhir.Requests, r => r.PathAndQuery == "/fhir/Patient/1288992");
        Assert.All(_factory.Fhir.Requests, r => Assert.Equal("Bearer some-opaque-fhir-access-token", r.Authorization));
    }

    [Fact]
    public async Task PatientView_SandboxShapedWithoutPrefetchOrAuthorization_Is412NotACrash()
    {
        var body = new JsonObject
        {
            ["hook"] = "patient-view", ["hookInstance"] = Guid.NewGuid().ToString(), ["fhirServer"] = "https://launch.smarthealthit.org/v/r4/fhir",
            ["context"] = new JsonObject { ["userId"] = "Practitioner/COREPRACTITIONER1", ["patientId"] = "smart-1288992" },
        };

        using var response = await _factory.PostAsync(HookCalls.PatientView, body);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}
