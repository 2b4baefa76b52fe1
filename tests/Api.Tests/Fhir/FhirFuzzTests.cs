namespace CdsService.Api.Tests.Fhir;

using System.Net;
using CdsService.Fhir;
using System.Text.Json.Nodes;
using CsCheck;
using Hl7.Fhir.Model;

/// <summary>
/// Thousands of malformed FHIR bodies at POST /fhir/$evaluate: broken JSON, token soup, mutated real fixtures and
/// wrong resource shapes. None may answer 500, and every answer is FHIR (a Bundle or an OperationOutcome).
/// </summary>
public sealed class FhirFuzzTests(CdsApiFactory factory) : IClassFixture<CdsApiFactory>
{
    private static readonly string[] Seeds =
    [
        FhirClient.Fixture("genomics-reporting-oncology-report-example.json"),
        FhirClient.Fixture("mcode-her2-er-pr.json"),
        FhirClient.Fixture("her2-fish-panel.json"),
        FhirClient.Fixture("pten-ihc-parameters.json"),
        FhirClient.Fixture("fcgr-genotype.json"),
        """{"resourceType":"Patient","":1}""", "[]", """{"resourceType":"Resource"}""",
    ];

    private static readonly string[] Tokens =
    [
        "{", "}", "[", "]", ",", ":", "\"resourceType\"", "\"Bundle\"", "\"Parameters\"", "\"Observation\"", "\"Patient\"", "\"Resource\"",
        "\"entry\"", "\"resource\"", "\"parameter\"", "\"\"", "\"_id\"", "\"valueQuantity\"", "\"component\"", "1", "-0", "1e400", "null", "true",
        "\"\\u0000\"", "\"\\ud800\"",
    ];

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public void Evaluate_MutatedFixtures_NeverAnswer500()
    {
        var mutated =
            from seed in Gen.OneOf(Seeds)
            from start in Gen.Int[0, 4000]
            from length in Gen.Int[0, 64]
            from insert in Gen.OneOf<string>(Gen.String, Gen.OneOf(Tokens))
            select Splice(seed, start, length, insert);

        mutated.Sample(AnswersFhirWithout500, iter: 2500, threads: 4);
    }

    [Fact]
    public void Evaluate_TokenSoup_NeverAnswers500() =>
        Gen.OneOf(Tokens).Array[0, 80].Select(string.Concat).Sample(AnswersFhirWithout500, iter: 2500, threads: 4);

    [Fact]
    public void Evaluate_RandomResourceShapes_NeverAnswer500()
    {
        var shapes =
            from type in Gen.OneOf("Bundle", "Parameters", "Observation", "Patient", "Resource", "DomainResource", "Basic", "bundle", "")
            from key in Gen.OneOf("entry", "parameter", "type", "", "_type", "resource", "id", "contained")
            from value in Gen.OneOf("[]", "{}", "null", "1", "\"collection\"", "[{}]", "[null]", "[{\"resource\":{}}]", "[{\"resource\":{\"resourceType\":\"Observation\"}}]")
            select $$"""{"resourceType":"{{type}}","{{key}}":{{value}}}""";

        shapes.Sample(AnswersFhirWithout500, iter: 1000, threads: 4);
    }

    /// <summary>
    /// A syntax nit added to a valid hospital Bundle (docs/fhir.md, "Lenient read") never changes the clinical answer:
    /// the same HER2 status, the same findings and the same option order, now with a warning.
    /// </summary>
    [Fact]
    public void Evaluate_NitAddedToAValidBundle_NeverChangesTheClinicalAnswer()
    {
        var clean = CleanHospitalBundles().ToDictionary(name => name, name => Answer(FhirClient.Fixture(Path.Combine("Hospital", name))).Clinical);
        var cases =
            from name in Gen.OneOf(clean.Keys.ToArray())
            from nits in Gen.Int[0, Nits.Length - 1].Array[1, 4]
            from spot in Gen.Int[0, 1000]
            select (name, nits, spot);

        cases.Sample(
            c =>
            {
                var bundle = JsonNode.Parse(FhirClient.Fixture(Path.Combine("Hospital", c.name)))!.AsObject();
                foreach (var nit in c.nits) Nits[nit](bundle, c.spot);
                var answer = Answer(bundle.ToJsonString());
                return answer.Clinical == clean[c.name]
                    && answer.Issues.Any(i => i.Severity == OperationOutcome.IssueSeverity.Warning && FhirAnswer.Text(i).Contains("(PVAL", StringComparison.Ordinal));
            },
            iter: 150,
            threads: 2);
    }

    // Each adds one fault the deserializer reports and that changes nothing the service reads.
    private static readonly Action<JsonObject, int>[] Nits =
    [
        (b, _) => b["fhir_comments"] = new JsonArray("exported by the interface engine"),
        (b, _) => b["id"] = new string('b', 70),
        (b, i) => Observation(b, i)["bodyStructure"] = new JsonObject { ["reference"] = "BodyStructure/left-breast" },
        (b, i) => Observation(b, i)["_status"] = new JsonObject { ["fhir_comments"] = new JsonArray("verified") },
        (b, i) => Observation(b, i)["note"] = new JsonArray(new JsonObject { ["text"] = "" }),
        (b, _) => Patient(b)["meta"] = new JsonObject { ["lastUpdated"] = "2024-10-03 08:00" },
        (b, _) =>
        {
            var patient = Patient(b);
            if (ReferredToById(b, patient)) patient["fhir_comments"] = new JsonArray("merged record");
            else patient["id"] = patient["id"]!.GetValue<string>().PadRight(65, '0');
        },
        (b, _) => Entries(b).Add(new JsonObject { ["resource"] = new JsonObject { ["resourceType"] = "DeviceUsage", ["id"] = "du-1", ["status"] = "active" } }),
        (b, _) => Entries(b).Add(new JsonObject
        {
            ["resource"] = new JsonObject { ["resourceType"] = "Condition", ["id"] = "c-1", ["onsetDateTime"] = "12/01/2023", ["code"] = new JsonObject { ["text"] = "Breast cancer" } },
        }),
        (b, i) =>
        {
            // A UTC time sent without its zone: read as UTC, so the order of results cannot change.
            var o = Observation(b, i);
            if (o["effectiveDateTime"]?.GetValue<string>() is { } t && t.Contains('T', StringComparison.Ordinal) && t.EndsWith('Z')) o["effectiveDateTime"] = t[..^1];
            else o["issued"] = "2024-10-03T08:00:00";
        },
    ];

    private static IEnumerable<string> CleanHospitalBundles() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "Hospital"), "*.json").Select(Path.GetFileName).OfType<string>()
            .Where(f => !f.EndsWith(".expected.json", StringComparison.Ordinal) && !f.Contains("-nits", StringComparison.Ordinal))
            .Where(f => JsonNode.Parse(FhirClient.Fixture(Path.Combine("Hospital", f)))!["resourceType"]!.GetValue<string>() == "Bundle")
            .Order(StringComparer.Ordinal);

    private static JsonArray Entries(JsonObject bundle) => bundle["entry"]!.AsArray();

    private static JsonObject Observation(JsonObject bundle, int which)
    {
        var observations = Entries(bundle).Select(e => e!["resource"]!.AsObject()).Where(r => r["resourceType"]!.GetValue<string>() == "Observation").ToList();
        return observations[which % observations.Count];
    }

    private static JsonObject Patient(JsonObject bundle) =>
        Entries(bundle).Select(e => e!["resource"]!.AsObject()).First(r => r["resourceType"]!.GetValue<string>() == "Patient");

    // Lengthening the Patient id is a nit only where nothing refers to the Patient by that id.
    private static bool ReferredToById(JsonObject bundle, JsonObject patient) =>
        bundle.ToJsonString().Contains($"\"Patient/{patient["id"]!.GetValue<string>()}\"", StringComparison.Ordinal);

    private FhirAnswer Answer(string body)
    {
        using var response = _client.PostFhirAsync(body).GetAwaiter().GetResult();
        var text = response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken).GetAwaiter().GetResult();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return FhirAnswer.Of(text);
    }

    private bool AnswersFhirWithout500(string body)
    {
        using var response = _client.PostFhirAsync(body).GetAwaiter().GetResult();
        if ((int)response.StatusCode >= 500) return false;
        if (response.StatusCode != HttpStatusCode.OK) return response.ReadFhirAsync<Resource>().GetAwaiter().GetResult() is OperationOutcome;

        // A mutation the lenient read accepts (docs/fhir.md, "Lenient read") may be a nit in an input the answer copies.
        var answer = response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken).GetAwaiter().GetResult();
        return FhirJson.ParseLenient(answer).Root is Bundle;
    }

    private static string Splice(string seed, int start, int length, string insert)
    {
        start = Math.Min(start, seed.Length);
        length = Math.Min(length, seed.Length - start);
        return string.Concat(seed.AsSpan(0, start), insert, seed.AsSpan(start + length));
    }
}
