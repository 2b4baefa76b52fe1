namespace CdsService.Api.Tests.Batches.Input;

using System.Text;
using CdsService.Api.Batches.Input;
using CdsService.Api.Batches.Processing;
using CdsService.Api.Persistence.Audit;
using CdsService.Fhir.Inbound;
using CdsService.Rules.Model;

public sealed class FhirBatchReaderTests
{
    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    private static ParsedBatch Read(string json, int maxRows = 10) => FhirBatchReader.Read(Encoding.UTF8.GetBytes(json), maxRows);

    [Fact]
    public void Read_ThreePatients_OneRowPerPatientInBundleOrder()
    {
        var batch = Read(Fixture("tumor-board-three-patients.json"));

        Assert.Equal("fhir", batch.Format);
        Assert.Equal([1, 2, 3], batch.Rows.Select(r => r.Row));
        Assert.Equal(["tb-fhir-1", "tb-fhir-2", "tb-fhir-3"], batch.Rows.Select(r => r.PatientId));
        Assert.Equal([true, true, false], batch.Rows.Select(r => r.IsValid));
        Assert.Equal(IhcScore.Three, batch.Rows[0].Panel!.Her2!.Ihc);
        Assert.Equal(PtenStatus.Loss, batch.Rows[0].Panel!.Pten);
        Assert.Equal(IhcScore.One, batch.Rows[1].Panel!.Her2!.Ihc);
    }

    [Fact]
    public void Read_EcdInActivityUnits_RowErrorNamesTheSerumField()
    {
        var batch = Read(Fixture("tumor-board-three-patients.json"));

        var error = Assert.Single(batch.Rows[2].Errors);
        Assert.Equal(3, error.Row);
        Assert.Null(error.Column);
        Assert.Equal("serumHer2Ecd", error.Field);
        Assert.Contains("U/mL", error.Message, StringComparison.Ordinal);
        Assert.Equal("tb-fhir-3", batch.Rows[2].StoredPatientId);
    }

    /// <summary>The lenient read of docs/fhir.md, "Lenient read": nits are batch warnings at their FHIRPath, not a refusal.</summary>
    [Fact]
    public void Read_BundleWithNits_ReadsTheRowsAndWarnsAtEachFhirPath()
    {
        var batch = Read(Fixture(Path.Combine("Hospital", "lis-bridge-nits.json")));

        var row = Assert.Single(batch.Rows);
        Assert.Equal(IhcScore.Three, row.Panel!.Her2!.Ihc);
        Assert.Equal(PtenStatus.Loss, row.Panel.Pten);
        Assert.Contains("Input Bundle.entry[0].fullUrl: string 'urn:uuid:p-1' is not a correct literal for a uri. (PVAL124); accepted: the value is read as sent", batch.Warnings);
        Assert.Contains("Input Bundle.fhir_comments[1]: Found unknown element 'fhir_comments'. (PVAL128); ignored: R4 does not define this element", batch.Warnings);
    }

    [Fact]
    public void Read_NotABundle_Refused()
    {
        var e = Assert.Throws<BatchInputException>(() => Read("""{"resourceType":"Patient","id":"p"}"""));

        Assert.Equal(400, e.StatusCode);
        Assert.Equal("A Bundle or a Parameters resource is expected, not Patient.", e.Message);
    }

    [Fact]
    public void Read_BundleWithoutPatient_Refused()
    {
        const string json = """
            {"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Observation","status":"final",
             "code":{"coding":[{"system":"http://loinc.org","code":"85319-2"}]},"subject":{"reference":"Patient/x"},"valueString":"3+"}}]}
            """;

        var e = Assert.Throws<BatchInputException>(() => Read(json));

        Assert.Equal(400, e.StatusCode);
        Assert.StartsWith("The Bundle holds no Patient resource", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MorePatientsThanTheLimit_Refused413()
    {
        var e = Assert.Throws<BatchInputException>(() => Read(Fixture("tumor-board-three-patients.json"), maxRows: 2));

        Assert.Equal(413, e.StatusCode);
    }

    [Fact]
    public void Normalise_FhirPanel_EvaluatedAsTheSamePanel()
    {
        var panel = PatientPanelMapper.Map(Fixture("her2-positive-resistance.json")).Panel with { Her2 = new Her2Tests(IhcScore.Two, ReportedStatus: Her2Status.Indeterminate) };
        var evaluator = new BatchEvaluator(Rules.Engine.CdsEngine.CreateDefault(), TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new Microsoft.AspNetCore.Http.Json.JsonOptions()));

        var entry = evaluator.Evaluate(BatchEvaluator.Normalise(panel), Rules.Model.RankingLens.Current);

        Assert.Equal(AuditJson.Input(panel, Rules.Model.RankingLens.Current), entry.InputJson);
        // The FHIR-only "indeterminate" call has no REST term: it is kept apart, not dropped and not put in her2.
        var stored = System.Text.Json.Nodes.JsonNode.Parse(entry.InputJson)!;
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse("""{"ihc":"2+"}"""), stored["her2"]), entry.InputJson);
        Assert.Equal("indeterminate", stored[AuditJson.NotExpressibleInRestMember]!["her2ReportedStatus"]!.GetValue<string>());
        Assert.Null(stored[AuditJson.NotExpressibleInRestMember]!["her2PreliminaryResultAwaited"]);
        Assert.Equal(EvaluationChannels.Batch, entry.Channel);
    }
}
