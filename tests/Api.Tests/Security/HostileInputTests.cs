namespace CdsService.Api.Tests.Security;

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CdsService.Api.Tests.Batches;
using CdsService.Api.Tests.CdsHooks;
using CdsService.Api.Tests.Fhir;
using Microsoft.Extensions.Logging;

/// <summary>
/// docs/security.md, "Hostile input": the tester's payloads on every channel, on each database. Unreadable tokens are
/// a bare 401 logged at Debug without the token; NUL and unpaired surrogates are a 400 naming the field; identifiers
/// over 256 characters are a 400; deep pages are a 400; no value reaches the log.
/// </summary>
public abstract class HostileInputTests(HostileInputFixture fixture)
{
    private const string Unsafe = "must not contain NUL characters or unpaired UTF-16 surrogates";
    private static readonly string TooLong = new('x', 257);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> UnsafeEscapes => ["\\u0000", "\\ud800", "\\udc00", "a\\ud800b"];

    public static TheoryData<string> GarbageTokens =>
    [
        "a.b.c", "e30.e30.", "W10.e30.c2ln", "e30.W10.c2ln", "!!!.!!!.!!!", "eyJhbGciOiJFUzM4NCJ9.bm90IGpzb24.c2ln", "a.b.c.d.e", "..",
    ];

    [Theory]
    [MemberData(nameof(GarbageTokens))]
    public async Task CdsHooks_UnreadableBearer_IsBare401LoggedAtDebugWithoutTheToken(string token)
    {
        using var client = fixture.Factory.Client();
        foreach (var (method, path) in new[] { (HttpMethod.Get, "/cds-services"), (HttpMethod.Post, HookCalls.PatientView) })
        {
            using var request = new HttpRequestMessage(method, path);
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
            if (method == HttpMethod.Post)
                request.Content = new StringContent(HookCalls.PatientViewRequest(fixture.Factory).ToJsonString(), Encoding.UTF8, "application/json");
            using var response = await client.SendAsync(request, Ct);

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Empty(await response.Content.ReadAsByteArrayAsync(Ct));
            Assert.Empty(response.Headers.WwwAuthenticate);
        }

        var rejected = fixture.Logs.Entries.Where(e => e.Category.EndsWith("CdsJwtValidator", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(rejected);
        Assert.All(rejected, e => Assert.Equal(LogLevel.Debug, e.Level));
        Assert.DoesNotContain(fixture.Logs.Entries, e => e.Message.Contains(token, StringComparison.Ordinal) && token.Length > 2);
        Assert.DoesNotContain(fixture.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Theory]
    [MemberData(nameof(UnsafeEscapes))]
    public async Task Rest_UnsafeTextInAnyString_Is400NamingTheField(string escape)
    {
        using var client = fixture.RestClient();
        foreach (var (body, field) in new[]
        {
            ($$$"""{"patientId":"p{{{escape}}}","her2":{"ihc":"3+"}}""", "patientId"),
            ($$"""{"her2":{"ihc":"3+"},"pten":"{{escape}}"}""", "pten"),
            ($$$"""{"her2":{"ihc":"3+"},"pik3ca":{"status":"mutated","variants":["H1047R","{{{escape}}}"]}}""", "pik3ca.variants[1]"),
        })
        {
            using var response = await client.PostAsync(ApiClient.RecommendationsPath, ApiClient.JsonContent(body), Ct);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(ApiClient.ProblemJson, response.Content.Headers.ContentType?.MediaType);
            var problem = await response.ReadJsonAsync();
            Assert.Equal("urn:cds-service:problem:validation", problem.GetProperty("type").GetString());
            Assert.Equal([field], problem.GetProperty("errors").PropertyNames());
            Assert.Equal("Must not contain NUL characters or unpaired UTF-16 surrogates.", problem.GetProperty("errors").GetProperty(field)[0].GetString());
        }
    }

    [Theory]
    [MemberData(nameof(UnsafeEscapes))]
    public async Task CdsHooks_UnsafeTextInPatientIdHookInstanceOrFeedback_Is400NamingTheField(string escape)
    {
        foreach (var (name, path) in new[] { ("patientId", "context.patientId"), ("hookInstance", "hookInstance"), ("userId", "context.userId") })
        {
            var request = HookCalls.PatientViewRequest(fixture.Factory, HookCalls.FullPrefetch());
            var target = name == "hookInstance" ? request : request["context"]!.AsObject();
            target[name] = "MARK";
            using var response = await fixture.PostHookAsync(HookCalls.PatientView, request.ToJsonString().Replace("MARK", "p" + escape, StringComparison.Ordinal));
            await AssertOutcomeAsync(response, HttpStatusCode.BadRequest, $"{path}: {Unsafe}.");
        }

        var feedback = $$"""{"feedback":[{"card":"c{{escape}}","outcome":"overridden","outcomeTimestamp":"2026-01-01T00:00:00Z"}]}""";
        using var fb = await fixture.PostHookAsync(HookCalls.PatientView + "/feedback", feedback);
        await AssertOutcomeAsync(fb, HttpStatusCode.BadRequest, $"feedback[0].card: {Unsafe}.");
    }

    [Fact]
    public async Task CdsHooks_IdentifiersOver256Characters_Are400()
    {
        var longPatient = HookCalls.PatientViewRequest(fixture.Factory, HookCalls.FullPrefetch(), patientId: TooLong);
        using (var response = await fixture.PostHookAsync(HookCalls.PatientView, longPatient.ToJsonString()))
            await AssertOutcomeAsync(response, HttpStatusCode.BadRequest, "context.patientId: must be at most 256 characters.");

        var longInstance = HookCalls.PatientViewRequest(fixture.Factory, HookCalls.FullPrefetch());
        longInstance["hookInstance"] = TooLong;
        using (var response = await fixture.PostHookAsync(HookCalls.PatientView, longInstance.ToJsonString()))
            await AssertOutcomeAsync(response, HttpStatusCode.BadRequest, "hookInstance: must be at most 256 characters.");

        var feedback = $$"""{"feedback":[{"card":"{{TooLong}}","outcome":"overridden","outcomeTimestamp":"2026-01-01T00:00:00Z"}]}""";
        using (var response = await fixture.PostHookAsync(HookCalls.PatientView + "/feedback", feedback))
            await AssertOutcomeAsync(response, HttpStatusCode.BadRequest, "feedback[0].card: must be at most 256 characters.");

        // Exactly 256 is stored (with a full prefetch and no fhirServer, the id need not be a FHIR id).
        var limit = HookCalls.PatientViewRequest(fixture.Factory, HookCalls.FullPrefetch(), withFhir: false, patientId: new string('y', 256));
        limit["hookInstance"] = new string('z', 256);
        using (var response = await fixture.PostHookAsync(HookCalls.PatientView, limit.ToJsonString()))
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = $$"""{"feedback":[{"card":"{{new string('c', 256)}}","outcome":"overridden","outcomeTimestamp":"2026-01-01T00:00:00Z"}]}""";
        using (var response = await fixture.PostHookAsync(HookCalls.PatientView + "/feedback", card))
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Rest_PatientIdOver256Characters_Is400()
    {
        using var client = fixture.RestClient();
        using var response = await client.PostJsonAsync($$$"""{"patientId":"{{{TooLong}}}","her2":{"ihc":"3+"}}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.Equal("Must be at most 256 characters.", errors.GetProperty("patientId")[0].GetString());
    }

    [Theory]
    [MemberData(nameof(UnsafeEscapes))]
    public async Task Batches_UnsafeTextInNdjsonOrFhir_Is400NamingTheLineAndField(string escape)
    {
        using var client = fixture.RestClient();
        var ndjson = "{\"patientId\":\"ok\",\"her2\":{\"ihc\":\"3+\"}}\n{\"patientId\":\"p" + escape + "\",\"her2\":{\"ihc\":\"3+\"}}\n";
        using (var response = await client.SubmitAsync(ndjson, "application/x-ndjson"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal($"Line 2, field 'patientId': the value {Unsafe}.", (await response.ReadJsonAsync()).GetProperty("detail").GetString());
        }

        var bundle = """{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Patient","id":"p1","name":[{"text":"MARK"}]}}]}"""
            .Replace("MARK", "n" + escape, StringComparison.Ordinal);
        using (var response = await client.SubmitAsync(bundle, "application/fhir+json"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal($"entry[0].resource.name[0].text: {Unsafe}.", (await response.ReadJsonAsync()).GetProperty("detail").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(UnsafeEscapes))]
    public async Task Fhir_UnsafeTextInAnyString_Is400OperationOutcomeAtThatPath(string escape)
    {
        using var client = fixture.RestClient();
        var bundle = """{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Patient","id":"MARK"}}]}"""
            .Replace("MARK", "p" + escape, StringComparison.Ordinal);
        using var response = await client.PostFhirAsync(bundle);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var outcome = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;
        Assert.Equal("OperationOutcome", outcome["resourceType"]!.GetValue<string>());
        Assert.Equal($"entry[0].resource.id: {Unsafe}.", outcome["issue"]![0]!["diagnostics"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("page=2147483647", "page")]
    [InlineData("page=1001", "page")]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=2147483647", "pageSize")]
    public async Task Listing_PageOutOfRange_Is400(string query, string field)
    {
        using var client = fixture.RestClient();
        using var response = await client.GetAsync("/api/v1/evaluations?" + query, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], (await response.ReadJsonAsync()).GetProperty("errors").PropertyNames());
    }

    [Fact]
    public async Task HostileInput_LeavesNoValueInTheLog()
    {
        const string Marker = "hostile-marker-7f3a";
        using var client = fixture.RestClient();
        using (await client.PostJsonAsync($$$"""{"patientId":"{{{Marker}}}\u0000","her2":{"ihc":"3+"}}""")) { }
        var request = HookCalls.PatientViewRequest(fixture.Factory, HookCalls.FullPrefetch(), patientId: "MARK");
        using (await fixture.PostHookAsync(HookCalls.PatientView, request.ToJsonString().Replace("MARK", Marker + "\\u0000", StringComparison.Ordinal))) { }

        Assert.DoesNotContain(fixture.Logs.Entries, e => e.Message.Contains(Marker, StringComparison.Ordinal)
            || (e.Exception?.ToString().Contains(Marker, StringComparison.Ordinal) ?? false));
        Assert.DoesNotContain(fixture.Logs.Entries, e => e.Level >= LogLevel.Error);
    }

    private static async Task AssertOutcomeAsync(HttpResponseMessage response, HttpStatusCode status, string diagnostics)
    {
        Assert.Equal(status, response.StatusCode);
        var outcome = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;
        Assert.Equal("OperationOutcome", outcome["resourceType"]!.GetValue<string>());
        Assert.Equal([diagnostics], outcome["issue"]!.AsArray().Select(i => i!["diagnostics"]!.GetValue<string>()).ToArray());
    }
}

public sealed class SqliteHostileInputTests(SqliteHostileInputFixture fixture) : HostileInputTests(fixture), IClassFixture<SqliteHostileInputFixture>;

public sealed class PostgresHostileInputTests(PostgresHostileInputFixture fixture) : HostileInputTests(fixture), IClassFixture<PostgresHostileInputFixture>;
