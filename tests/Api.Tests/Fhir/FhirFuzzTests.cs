namespace CdsService.Api.Tests.Fhir;

using System.Net;
using CdsService.Fhir;
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
