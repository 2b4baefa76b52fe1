namespace CdsService.Api.Tests.Recommendations;

using System.Net;
using System.Text.Json;

public sealed class RecommendationValidationTests(CdsApiFactory factory) : IClassFixture<CdsApiFactory>
{
    private const string Dual = "\"assay\": \"dual-probe\"";
    private const string Single = "\"assay\": \"single-probe\"";

    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string> InvalidFields => new()
    {
        { """{ "her2": { "ihc": "4+" } }""", "her2.ihc" },
        { """{ "her2": { "ihc": "0+" } }""", "her2.ihc" },
        { """{ "her2": { "ihc": "positive" } }""", "her2.ihc" },
        { """{ "her2": { "reportedStatus": "pending" } }""", "her2.reportedStatus" },
        { $$"""{ "her2": { "ish": { {{Dual}}, "her2Cep17Ratio": 2.3, "meanHer2CopiesPerCell": 100 } } }""", "her2.ish.meanHer2CopiesPerCell" },
        { $$"""{ "her2": { "ish": { {{Dual}}, "her2Cep17Ratio": 2.3, "meanHer2CopiesPerCell": 0 } } }""", "her2.ish.meanHer2CopiesPerCell" },
        { $$"""{ "her2": { "ish": { {{Dual}}, "her2Cep17Ratio": 50, "meanHer2CopiesPerCell": 4.6 } } }""", "her2.ish.her2Cep17Ratio" },
        { $$"""{ "her2": { "ish": { {{Dual}}, "her2Cep17Ratio": 0, "meanHer2CopiesPerCell": 4.6 } } }""", "her2.ish.her2Cep17Ratio" },
        { $$"""{ "her2": { "ish": { {{Dual}}, "her2Cep17Ratio": -1.2, "meanHer2CopiesPerCell": 4.6 } } }""", "her2.ish.her2Cep17Ratio" },
        { $$"""{ "her2": { "ish": { {{Dual}}, "her2Cep17Ratio": 2.3 } } }""", "her2.ish.meanHer2CopiesPerCell" },
        { $$"""{ "her2": { "ish": { {{Dual}}, "meanHer2CopiesPerCell": 4.6 } } }""", "her2.ish.her2Cep17Ratio" },
        { $$"""{ "her2": { "ish": { {{Single}}, "her2Cep17Ratio": 2.3, "meanHer2CopiesPerCell": 4.6 } } }""", "her2.ish.her2Cep17Ratio" },
        { $$"""{ "her2": { "ish": { {{Single}} } } }""", "her2.ish.meanHer2CopiesPerCell" },
        { """{ "her2": { "ish": { "her2Cep17Ratio": 2.3, "meanHer2CopiesPerCell": 4.6 } } }""", "her2.ish.assay" },
        { """{ "her2": { "ish": { "assay": "triple-probe", "meanHer2CopiesPerCell": 4.6 } } }""", "her2.ish.assay" },
        { $$"""{ "her2": { "ish": { {{Dual}}, "her2Cep17Ratio": 1.8, "meanHer2CopiesPerCell": 4.6, "recountGroup": 6 } } }""", "her2.ish.recountGroup" },
        { $$"""{ "her2": { "ish": { {{Dual}}, "her2Cep17Ratio": 1.8, "meanHer2CopiesPerCell": 4.6, "recountGroup": 0 } } }""", "her2.ish.recountGroup" },
        { $$"""{ "her2": { "ish": { {{Single}}, "meanHer2CopiesPerCell": 4.6, "recountGroup": 2 } } }""", "her2.ish.recountGroup" },
        { """{ "pten": "gone" }""", "pten" },
        { """{ "pik3ca": { "variants": ["H1047R"] } }""", "pik3ca.status" },
        { """{ "pik3ca": { "status": "wild-type", "variants": ["H1047R"] } }""", "pik3ca.variants" },
        { $$"""{ "pik3ca": { "status": "mutated", "variants": [{{string.Join(", ", Enumerable.Repeat("\"E545K\"", 21))}}] } }""", "pik3ca.variants" },
        { $$"""{ "pik3ca": { "status": "mutated", "variants": ["H1047R", "{{new string('A', 65)}}"] } }""", "pik3ca.variants[1]" },
        { """{ "serumHer2Ecd": { "value": 32.5 } }""", "serumHer2Ecd.unit" },
        { """{ "serumHer2Ecd": { "value": 32.5, "unit": "ng/ml" } }""", "serumHer2Ecd.unit" },
        { """{ "serumHer2Ecd": { "unit": "ng/mL" } }""", "serumHer2Ecd.value" },
        { """{ "serumHer2Ecd": { "value": 100000, "unit": "ng/mL" } }""", "serumHer2Ecd.value" },
        { """{ "serumHer2Ecd": { "value": -0.5, "unit": "ng/mL" } }""", "serumHer2Ecd.value" },
        { $$"""{ "patientId": "{{new string('p', 257)}}", "pten": "loss" }""", "patientId" },
        { """{ "cyclinE": "high" }""", "cyclinE" },
        { """{ "fcgr3a158": "V/X" }""", "fcgr3a158" },
        { """{ "fcgr2a131": "HH" }""", "fcgr2a131" },
        { """{ "p95Her2": "yes" }""", "p95Her2" },
        { """{ "egfr": "amplified" }""", "egfr" },
        { """{ "erbb3": "high" }""", "erbb3" },
        { """{ "igf1r": "high" }""", "igf1r" },
        { """{ "muc4": "high" }""", "muc4" },
        { """{ "cd44": "high" }""", "cd44" },
        { """{ "src": "on" }""", "src" },
        { """{ "p27": "absent" }""", "p27" },
        { """{ "trastuzumabHistory": "refractory" }""", "trastuzumabHistory" },
        { """{ "trastuzumabHistory": "progressed-on" }""", "trastuzumabHistory" },
        { """{ "pten": "loss", "ranking": "latest" }""", "ranking" },
        { """{ "pten": "loss", "ranking": "" }""", "ranking" },
        { """{ "pik3ca": { "status": "mutated", "variants": ["K111N"], "classification": "probably-bad" } }""", "pik3ca.classification" },
        { """{ "pik3ca": { "status": "wild-type", "classification": "pathogenic" } }""", "pik3ca.classification" },
        { """{ }""", "" },
        { """{ "patientId": "p-1", "her2": { } }""", "" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task Post_InvalidField_Is400ProblemWithExactlyThatErrorKey(string json, string expectedKey)
    {
        using var response = await _client.PostJsonAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ApiClient.ProblemJson, response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("urn:cds-service:problem:validation", problem.GetProperty("type").GetString());
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Equal([expectedKey], problem.GetProperty("errors").PropertyNames());
        Assert.True(problem.TryGetProperty("traceId", out _));
    }

    [Fact]
    public async Task Post_SerumEcdInOtherUnit_SaysTheUnitMustBeNgPerMl()
    {
        using var response = await _client.PostJsonAsync("""{ "serumHer2Ecd": { "value": 32.5, "unit": "ug/L" } }""");

        var problem = await response.ReadJsonAsync();
        var message = Assert.Single(problem.GetProperty("errors").GetProperty("serumHer2Ecd.unit").EnumerateArray()).GetString();
        Assert.Equal("The unit must be ng/mL; convert the value to ng/mL before sending.", message);
    }

    [Fact]
    public async Task Post_SeveralInvalidFields_ListsEveryOne()
    {
        using var response = await _client.PostJsonAsync("""{ "her2": { "ihc": "5" }, "pten": "x", "p27": "y" }""");

        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.Equal(["her2.ihc", "p27", "pten"], errors.PropertyNames().Order(StringComparer.Ordinal));
    }

    public static TheoryData<string> ValidBoundaries => new()
    {
        $$"""{ "her2": { "ish": { {{Dual}}, "her2Cep17Ratio": 49.99, "meanHer2CopiesPerCell": 99.99 } } }""",
        $$"""{ "her2": { "ish": { {{Dual}}, "her2Cep17Ratio": 0.01, "meanHer2CopiesPerCell": 0.01 } } }""",
        $$"""{ "her2": { "ihc": "2+", "ish": { {{Dual}}, "her2Cep17Ratio": 1.8, "meanHer2CopiesPerCell": 4.6, "recountGroup": 4 } } }""",
        $$"""{ "her2": { "ish": { {{Single}}, "meanHer2CopiesPerCell": 6.0 } } }""",
        """{ "serumHer2Ecd": { "value": 0, "unit": "ng/mL" } }""",
        """{ "serumHer2Ecd": { "value": 99999.9, "unit": "ng/mL" } }""",
        $$"""{ "patientId": "{{new string('p', 256)}}", "pten": "loss" }""",
        $$"""{ "pik3ca": { "status": "mutated", "variants": [{{string.Join(", ", Enumerable.Repeat("\"E545K\"", 20))}}] } }""",
        $$"""{ "pik3ca": { "status": "mutated", "variants": ["{{new string('A', 64)}}"] } }""",
        """{ "pik3ca": { "status": "wild-type" } }""",
        """{ "her2": { "ihcMembraneStaining": true, "ihc": "0" } }""",
        """{ "fcgr3a158": "v/f", "fcgr2a131": "R/H", "trastuzumabHistory": " progressed " }""",
        """{ "pten": "loss", "trastuzumabHistory": "naive", "ranking": "review" }""",
        """{ "pten": "loss", "trastuzumabHistory": "responding", "ranking": "current" }""",
        """{ "pten": "loss", "trastuzumabHistory": "progressed-after-response" }""",
        """{ "pten": "loss", "trastuzumabHistory": "no-response" }""",
        """{ "pik3ca": { "status": "mutated", "variants": ["K111N"], "classification": "likely-pathogenic" } }""",
        """{ "pik3ca": { "status": "mutated", "variants": ["K111N"], "classification": "VUS" } }""",
    };

    [Theory]
    [MemberData(nameof(ValidBoundaries))]
    public async Task Post_ValueAtTheBoundary_Is200(string json)
    {
        using var response = await _client.PostJsonAsync(json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Object, (await response.ReadJsonAsync()).GetProperty("her2").ValueKind);
    }
}
