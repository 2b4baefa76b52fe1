namespace CdsService.Api.Tests.CdsHooks;

using System.Net;
using System.Text.Json.Nodes;
using CdsService.Api.Tests.Infrastructure;

/// <summary>docs/cds-hooks.md P3-P8, F1-F3, E1: the prefetch key states, fetching absent keys, pagination and the 412 paths.</summary>
public sealed class PrefetchTests : IAsyncLifetime
{
    private readonly CdsHooksAppFactory _factory = new();

    private static JsonObject Her2Ihc(string answer) =>
        CdsHooksFakeFhirServer.Observation("85319-2", new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["system"] = "http://loinc.org", ["code"] = answer }) });

    private async Task<HttpResponseMessage> CallAsync(JsonObject body) => await _factory.PostAsync(HookCalls.PatientView, body);

    private static async Task Assert412Async(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        var json = await response.JsonAsync();
        Assert.Equal("OperationOutcome", json["resourceType"]!.GetValue<string>());
        Assert.DoesNotContain("opaque-fhir-access-token", json.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_FullPrefetch_MakesNoFhirCall()
    {
        using var response = await CallAsync(HookCalls.PatientViewRequest(_factory, HookCalls.FullPrefetch(Her2Ihc("LA11842-4"))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_factory.Fhir.Requests);
        Assert.Equal(2, _factory.Canned!.Calls.Single().Count);
    }

    [Fact]
    public async Task Call_NullKeys_AreEmptyAndNotRefetched()
    {
        var prefetch = new JsonObject { ["patient"] = null, ["her2Observations"] = null, ["markerObservations"] = null, ["biomarkerObservations"] = null };
        using var response = await CallAsync(HookCalls.PatientViewRequest(_factory, prefetch));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_factory.Fhir.Requests);
        Assert.Empty(_factory.Canned!.Calls.Single());
    }

    [Fact]
    public async Task Call_OperationOutcomeInPrefetch_Is412WithoutRefetch()
    {
        var prefetch = HookCalls.FullPrefetch();
        prefetch["her2Observations"] = new JsonObject { ["resourceType"] = "OperationOutcome", ["issue"] = new JsonArray() };
        using var response = await CallAsync(HookCalls.PatientViewRequest(_factory, prefetch));

        await Assert412Async(response);
        Assert.Empty(_factory.Fhir.Requests);
    }

    [Fact]
    public async Task Call_FailedMarkerQuery_GivesCardsWithAMissingNote()
    {
        _factory.Canned!.Next = () => EvaluationFixtures.Build(CdsService.Rules.Model.Her2Status.Equivocal, actions: [EvaluationFixtures.ReflexIsh]);
        var prefetch = HookCalls.FullPrefetch();
        prefetch["markerObservations"] = new JsonObject { ["resourceType"] = "OperationOutcome", ["issue"] = new JsonArray() };
        using var response = await CallAsync(HookCalls.PatientViewRequest(_factory, prefetch, withFhir: false));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = (await response.JsonAsync())["cards"]!.AsArray().Single()!;
        Assert.Contains("**Not available:** prefetch 'markerObservations': ", card["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("85318-4", card["suggestions"]![0]!["actions"]![0]!["resource"]!["code"]!["coding"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Call_AbsentKeys_AreFetchedWithTheBearerToken()
    {
        _factory.Fhir.Observations.Add(Her2Ihc("LA11842-4"));
        using var response = await CallAsync(HookCalls.PatientViewRequest(_factory, prefetch: null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var requests = _factory.Fhir.Requests;
        Assert.Equal(4, requests.Count);
        Assert.All(requests, r => Assert.Equal("Bearer opaque-fhir-access-token", r.Authorization));
        Assert.Contains(requests, r => r.PathAndQuery == "/fhir/Patient/p1");
        Assert.Contains(requests, r => Uri.UnescapeDataString(r.PathAndQuery).StartsWith("/fhir/Observation?patient=p1&code=http://loinc.org|48676-1", StringComparison.Ordinal));
        Assert.Equal(2, _factory.Canned!.Calls.Single().Count);
    }

    [Fact]
    public async Task Call_AbsentKeysWithoutToken_Is412WithoutFhirCall()
    {
        using var response = await CallAsync(HookCalls.PatientViewRequest(_factory, prefetch: null, withFhir: false));

        await Assert412Async(response);
        Assert.Empty(_factory.Fhir.Requests);
    }

    [Fact]
    public async Task Call_FhirServerNotAllowlisted_Is412WithoutAnyCall()
    {
        var body = HookCalls.PatientViewRequest(_factory, prefetch: null);
        body["fhirServer"] = new Uri(new Uri(_factory.Fhir.FhirBase), "/other-fhir").AbsoluteUri;
        using var response = await CallAsync(body);

        await Assert412Async(response);
        Assert.Empty(_factory.Fhir.Requests);
    }

    [Fact]
    public async Task Call_SearchIsPaginated_AllPagesAreRead()
    {
        _factory.Fhir.PageSize = 2;
        _factory.Fhir.Observations.AddRange(Enumerable.Range(0, 5).Select(_ => Her2Ihc("LA11842-4")));
        using var response = await CallAsync(HookCalls.PatientViewRequest(_factory, prefetch: null));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(6, _factory.Canned!.Calls.Single().Count);
        Assert.Equal(3, _factory.Fhir.Requests.Count(r => r.PathAndQuery.StartsWith("/fhir/Observation", StringComparison.Ordinal) && r.PathAndQuery.Contains("48676-1", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Call_PrefetchBundleWithNextLink_IsCompletedWithTheToken()
    {
        _factory.Fhir.PageSize = 1;
        _factory.Fhir.Observations.AddRange([Her2Ihc("LA11842-4"), Her2Ihc("LA11843-2")]);
        var prefetch = HookCalls.FullPrefetch(Her2Ihc("LA11842-4"));
        var next = $"{_factory.Fhir.FhirBase}/Observation?code={Uri.EscapeDataString("http://loinc.org|85319-2")}&page=1";
        prefetch["her2Observations"]!["link"] = new JsonArray(new JsonObject { ["relation"] = "next", ["url"] = next });
        using var response = await CallAsync(HookCalls.PatientViewRequest(_factory, prefetch));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer opaque-fhir-access-token", Assert.Single(_factory.Fhir.Requests).Authorization);
        Assert.Equal(3, _factory.Canned!.Calls.Single().Count);
    }

    [Fact]
    public async Task Call_PrefetchBundleWithNextLinkButNoToken_Is412()
    {
        var prefetch = HookCalls.FullPrefetch(Her2Ihc("LA11842-4"));
        prefetch["her2Observations"]!["link"] = new JsonArray(new JsonObject { ["relation"] = "next", ["url"] = _factory.Fhir.FhirBase + "/Observation?page=1" });
        using var response = await CallAsync(HookCalls.PatientViewRequest(_factory, prefetch, withFhir: false));

        await Assert412Async(response);
        Assert.Empty(_factory.Fhir.Requests);
    }

    [Fact]
    public async Task Call_NextLinkToAnotherHost_IsNotFollowed()
    {
        _factory.Fhir.PageSize = 1;
        _factory.Fhir.ForeignNextLink = "https://evil.example/fhir/Observation?page=1";
        _factory.Fhir.Observations.AddRange([Her2Ihc("LA11842-4"), Her2Ihc("LA11843-2")]);
        using var response = await CallAsync(HookCalls.PatientViewRequest(_factory, prefetch: null));

        await Assert412Async(response);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(401)]
    public async Task Call_FhirServerError_Is412(int status)
    {
        _factory.Fhir.ForcedStatus = status;
        using var response = await CallAsync(HookCalls.PatientViewRequest(_factory, prefetch: null));

        await Assert412Async(response);
    }

    [Fact]
    public async Task Call_FhirServerThatNeverAnswers_Is412WhenTheDeadlinePasses()
    {
        await using var factory = new CdsHooksAppFactory { FhirDeadline = TimeSpan.FromMilliseconds(300) };
        factory.Fhir.NeverAnswers = true;
        using var response = await factory.PostAsync(HookCalls.PatientView, HookCalls.PatientViewRequest(factory, prefetch: null));

        await Assert412Async(response);
        Assert.Contains("The FHIR server did not answer within the deadline.", (await response.JsonAsync()).ToJsonString(), StringComparison.Ordinal);
    }

    /// <summary>docs/cds-hooks.md, "Limits": a page over 2 MiB is refused as it arrives; an optional query that meets it is a note.</summary>
    [Fact]
    public async Task Call_MarkerPageOverTheSizeLimit_GivesCardsWithAMissingNote()
    {
        _factory.Canned!.Next = () => EvaluationFixtures.Build(CdsService.Rules.Model.Her2Status.Equivocal, actions: [EvaluationFixtures.ReflexIsh]);
        _factory.Fhir.PagePadding = 3 * 1024 * 1024;
        var prefetch = HookCalls.FullPrefetch();
        prefetch.Remove("markerObservations");
        using var response = await CallAsync(HookCalls.PatientViewRequest(_factory, prefetch));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var detail = (await response.JsonAsync())["cards"]!.AsArray().Single()!["detail"]!.GetValue<string>();
        Assert.Contains("**Not available:** prefetch 'markerObservations': a page of the FHIR server's answer is larger than 2 MiB", detail, StringComparison.Ordinal);
    }

    /// <summary>docs/cds-hooks.md, "Limits": a HER2 query that brings more than 1,000 resources is refused, and without HER2 data the hook is a 412.</summary>
    [Fact]
    public async Task Call_Her2QueryWithMoreThanAThousandResources_Is412()
    {
        _factory.Fhir.PageSize = 2_000;
        for (var i = 0; i <= 1_000; i++)
            _factory.Fhir.Observations.Add(Her2Ihc("LA11842-4"));
        using var response = await CallAsync(HookCalls.PatientViewRequest(_factory, prefetch: null));

        await Assert412Async(response);
        Assert.Contains("more than 1000 resources", (await response.JsonAsync()).ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_MarkerQueryPastTheDeadline_GivesCardsWithAMissingNote()
    {
        await using var factory = new CdsHooksAppFactory { FhirDeadline = TimeSpan.FromMilliseconds(300) };
        factory.Canned!.Next = () => EvaluationFixtures.Build(CdsService.Rules.Model.Her2Status.Equivocal, actions: [EvaluationFixtures.ReflexIsh]);
        factory.Fhir.NeverAnswers = true;
        var prefetch = HookCalls.FullPrefetch();
        prefetch.Remove("markerObservations");
        prefetch.Remove("biomarkerObservations");
        using var response = await factory.PostAsync(HookCalls.PatientView, HookCalls.PatientViewRequest(factory, prefetch));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var detail = (await response.JsonAsync())["cards"]!.AsArray().Single()!["detail"]!.GetValue<string>();
        Assert.Contains("**Not available:** prefetch 'markerObservations': the FHIR server did not answer within the deadline", detail, StringComparison.Ordinal);
        Assert.Contains("prefetch 'biomarkerObservations': the FHIR server did not answer within the deadline", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Call_FhirIdsOf64CharactersWithDots_AreAccepted()
    {
        // docs/security.md: an id the service queries fhirServer with is a FHIR id, at most 64 characters.
        var id = string.Join('.', Enumerable.Repeat("eXyZ1234abc", 5)) + ".abcd";
        var body = HookCalls.PatientViewRequest(_factory, prefetch: null, patientId: id);
        using var response = await CallAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(_factory.Fhir.Requests, r => r.PathAndQuery == "/fhir/Patient/" + id);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}
