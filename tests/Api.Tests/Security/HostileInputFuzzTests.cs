namespace CdsService.Api.Tests.Security;

using CsCheck;
using CdsService.Api.Tests.Batches;
using CdsService.Api.Tests.CdsHooks;

/// <summary>
/// The FHIR fuzz of FhirFuzzTests carried to the REST, CDS Hooks and batch bodies, seeded with the security tester's
/// payloads (NUL, unpaired surrogates, over-long identifiers, deep pages), on each database: no answer is a 5xx.
/// </summary>
public abstract class HostileInputFuzzTests(HostileInputFixture fixture)
{
    private static readonly string Long = new('x', 300);

    private static readonly string[] RestSeeds =
    [
        """{"patientId":"p1","her2":{"ihc":"3+"},"pten":"loss"}""",
        """{"patientId":"p\u0000","her2":{"ihc":"2+","ish":{"her2Cep17Ratio":2.5,"meanHer2CopiesPerCell":6}}}""",
        """{"her2":{"ihc":"3+"},"pik3ca":{"status":"mutated","variants":["H1047R","\ud800"]}}""",
        $$$"""{"patientId":"{{{Long}}}","her2":{"reportedStatus":"positive"}}""",
    ];

    private static readonly string[] Tokens =
    [
        "{", "}", "[", "]", ",", ":", "\"\"", "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00\"", "\"" + Long + "\"", "null", "1e400", "-1",
        "\"patientId\"", "\"hookInstance\"", "\"context\"", "\"card\"", "\"feedback\"", "\"her2\"", "\"ihc\"", "\"3+\"", "\"\\u202e\"", "\"\\u200b\"",
    ];

    private static Gen<string> Mutated(string[] seeds) =>
        from seed in Gen.OneOf(seeds)
        from start in Gen.Int[0, 400]
        from length in Gen.Int[0, 16]
        from insert in Gen.OneOf<string>(Gen.String, Gen.OneOf(Tokens))
        select Splice(seed, start, length, insert);

    [Fact]
    public void Rest_MutatedBodies_NeverAnswer5xx()
    {
        using var client = fixture.RestClient();
        Mutated(RestSeeds).Sample(body =>
        {
            using var response = client.PostAsync(ApiClient.RecommendationsPath, ApiClient.JsonContent(body), TestContext.Current.CancellationToken).GetAwaiter().GetResult();
            return (int)response.StatusCode < 500;
        }, iter: 400, threads: 2);
    }

    [Fact]
    public void CdsHooks_MutatedHookAndFeedbackBodies_NeverAnswer5xx()
    {
        var request = HookCalls.PatientViewRequest(fixture.Factory, HookCalls.FullPrefetch()).ToJsonString();
        string[] hookSeeds =
        [
            request,
            request.Replace("\"p1\"", "\"p\\u0000\"", StringComparison.Ordinal),
            request.Replace("\"p1\"", $"\"{Long}\"", StringComparison.Ordinal),
        ];
        Mutated(hookSeeds).Sample(body =>
        {
            using var response = fixture.PostHookAsync(HookCalls.PatientView, body).GetAwaiter().GetResult();
            return (int)response.StatusCode < 500;
        }, iter: 300, threads: 2);

        string[] feedbackSeeds =
        [
            """{"feedback":[{"card":"c1","outcome":"overridden","outcomeTimestamp":"2026-01-01T00:00:00Z"}]}""",
            """{"feedback":[{"card":"c\u0000","outcome":"accepted","acceptedSuggestions":[{"id":"\ud800"}],"outcomeTimestamp":"2026-01-01T00:00:00Z"}]}""",
            $$"""{"feedback":[{"card":"{{Long}}","outcome":"overridden","outcomeTimestamp":"2026-01-01T00:00:00Z"}]}""",
        ];
        Mutated(feedbackSeeds).Sample(body =>
        {
            using var response = fixture.PostHookAsync(HookCalls.PatientView + "/feedback", body).GetAwaiter().GetResult();
            return (int)response.StatusCode < 500;
        }, iter: 300, threads: 2);
    }

    [Fact]
    public void Batches_MutatedNdjsonBodies_NeverAnswer5xx()
    {
        using var client = fixture.RestClient();
        var ndjson = RestSeeds.Select(s => string.Join('\n', RestSeeds[0], s)).ToArray();
        Mutated(ndjson).Sample(body =>
        {
            using var response = client.SubmitAsync(body, "application/x-ndjson").GetAwaiter().GetResult();
            return (int)response.StatusCode < 500;
        }, iter: 150, threads: 2);
    }

    private static string Splice(string seed, int start, int length, string insert)
    {
        start = Math.Min(start, seed.Length);
        length = Math.Min(length, seed.Length - start);
        return string.Concat(seed.AsSpan(0, start), insert, seed.AsSpan(start + length));
    }
}

public sealed class SqliteHostileInputFuzzTests(SqliteHostileInputFixture fixture) : HostileInputFuzzTests(fixture), IClassFixture<SqliteHostileInputFixture>;

public sealed class PostgresHostileInputFuzzTests(PostgresHostileInputFixture fixture) : HostileInputFuzzTests(fixture), IClassFixture<PostgresHostileInputFixture>;
