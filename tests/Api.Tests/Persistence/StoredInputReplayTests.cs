namespace CdsService.Api.Tests.Persistence;

using System.Net;
using System.Text.Json.Nodes;
using CdsService.Api.Persistence;
using CdsService.Api.Persistence.Audit;
using CdsService.Api.Tests.Fhir;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

/// <summary>
/// evaluations.input_json is the REST request in the public vocabulary (docs/persistence.md, "What input_json holds"):
/// posting a stored input unchanged asks the same question again and gets the same answer, and is stored the same way.
/// </summary>
public abstract class StoredInputReplayTests(DatabaseFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The ranking scenarios under both lenses, the cross-channel patients, and one body using every other field.</summary>
    public static TheoryData<string, string> Patients
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var name in ScenarioPatients.All.Keys)
            {
                foreach (var lens in new[] { "current", "review" })
                    data.Add($"{name} ({lens})", ScenarioPatients.Rest(name, lens));
            }

            foreach (var row in RestFhirAgreementTests.SamePatients)
            {
                var cells = ((ITheoryDataRow)row).GetData();
                data.Add((string)cells[0]!, (string)cells[1]!);
            }
            data.Add("every-other-field", """
                {"patientId":"replay-1","her2":{"ihc":"0","ihcMembraneStaining":true,"ish":{"assay":"single-probe","meanHer2CopiesPerCell":3.5},"reportedStatus":"negative"},
                 "pten":"intact","pik3ca":{"status":"wild-type"},"cyclinE":"normal","fcgr3a158":"V/V","fcgr2a131":"H/H","p95Her2":"present",
                 "erbb3":"overexpressed","muc4":"normal","cd44":"overexpressed","src":"activated","p27":"cytoplasmic",
                 "trastuzumabHistory":"progressed-after-response","ranking":"review"}
                """);
            data.Add("recount-and-aliases", """
                {"her2":{"ihc":"LA11842-4","ish":{"assay":"dual-probe","her2Cep17Ratio":1.8,"meanHer2CopiesPerCell":6.2,"recountGroup":3}},
                 "fcgr3a158":"F/V","fcgr2a131":"R/H","pik3ca":{"status":"wildtype"},"igf1r":"normal","egfr":"normal","p27":"nuclear"}
                """);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Patients))]
    public async Task StoredInput_PostedAgainUnchanged_SameAnswerAndSameStoredInput(string patient, string body)
    {
        using var client = fixture.Factory.CreateClient();

        var (firstAnswer, firstInput) = await PostAndReadStoredInputAsync(client, body);
        Assert.False(firstInput.ContainsKey(AuditJson.NotExpressibleInRestMember), patient);
        var (secondAnswer, secondInput) = await PostAndReadStoredInputAsync(client, firstInput.ToJsonString());

        Assert.True(JsonNode.DeepEquals(firstInput, secondInput), $"{patient}: {firstInput} != {secondInput}");
        Assert.Equal(firstAnswer["her2"]!.ToJsonString(), secondAnswer["her2"]!.ToJsonString());
        Assert.Equal(Values(firstAnswer["findings"], "id"), Values(secondAnswer["findings"], "id"));
        Assert.Equal(Values(firstAnswer["options"], "agentId"), Values(secondAnswer["options"], "agentId"));
        Assert.True(JsonNode.DeepEquals(WithoutStamp(firstAnswer), WithoutStamp(secondAnswer)), patient);
    }

    [Fact]
    public async Task StoredInput_IsTheRestRequestInThePublicVocabulary()
    {
        using var client = fixture.Factory.CreateClient();

        var (_, input) = await PostAndReadStoredInputAsync(client, """
            {"her2":{"ihc":"+3"},"pten":"LOSS","fcgr3a158":"f/v","serumHer2Ecd":{"value":22,"unit":"ng/mL"},"pik3ca":{"status":"mutated","variants":[" H1047R "],"classification":"vus"}}
            """);

        var expected = JsonNode.Parse("""
            {"her2":{"ihc":"3+"},"pten":"loss","pik3ca":{"status":"mutated","variants":["H1047R"],"classification":"uncertain"},
             "fcgr3a158":"V/F","serumHer2Ecd":{"value":22,"unit":"ng/mL"},"ranking":"current"}
            """);
        Assert.True(JsonNode.DeepEquals(expected, input), input.ToJsonString());
    }

    private async Task<(JsonObject Answer, JsonObject StoredInput)> PostAndReadStoredInputAsync(HttpClient client, string body)
    {
        using var response = await client.PostJsonAsync(body);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var answer = JsonNode.Parse(text)!.AsObject();
        var id = answer["evaluationId"]!.GetValue<Guid>();
        await using var scope = fixture.CreateScope();
        var row = await scope.ServiceProvider.GetRequiredService<CdsDbContext>().Evaluations.AsNoTracking().SingleAsync(e => e.Id == id, Ct);
        return (answer, JsonNode.Parse(row.InputJson)!.AsObject());
    }

    private static string[] Values(JsonNode? list, string member) => [.. list!.AsArray().Select(x => x![member]!.GetValue<string>())];

    private static JsonObject WithoutStamp(JsonObject answer)
    {
        var copy = answer.DeepClone().AsObject();
        copy.Remove("evaluationId");
        copy.Remove("evaluatedAt");
        return copy;
    }
}

public sealed class PostgresStoredInputReplayTests(PostgresFixture fixture) : StoredInputReplayTests(fixture), IClassFixture<PostgresFixture>;

public sealed class SqliteStoredInputReplayTests(SqliteFixture fixture) : StoredInputReplayTests(fixture), IClassFixture<SqliteFixture>;
