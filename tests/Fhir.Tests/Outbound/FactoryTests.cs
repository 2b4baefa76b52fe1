namespace CdsService.Fhir.Tests.Outbound;

using CdsService.Fhir.Outbound;
using Hl7.Fhir.Model;
using Hl7.Fhir.Validation;

public sealed class FactoryTests
{
    [Fact]
    public void CapabilityStatement_IsValidAndDescribesEvaluate()
    {
        var statement = CapabilityStatementFactory.Create("https://cds.example.org/fhir", "1.0.0", new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Empty(statement.Validate(ModelInfo.ModelInspector));
        Assert.Equal(FHIRVersion.N4_0_1, statement.FhirVersion);
        Assert.Equal(["application/fhir+json"], statement.Format);
        var operation = Assert.Single(Assert.Single(statement.Rest).Operation);
        Assert.Equal("evaluate", operation.Name);
        Assert.Empty(CapabilityStatementFactory.Operation("https://cds.example.org/fhir").Validate(ModelInfo.ModelInspector));
    }

    [Fact]
    public void OperationOutcome_FromMalformedInput_IsValidAndAnError()
    {
        var e = Assert.Throws<FhirInputException>(() => FhirJson.Parse("""{"resourceType":"Patient","":1}"""));

        var outcome = OperationOutcomeFactory.FromInput(e);

        Assert.Empty(outcome.Validate(ModelInfo.ModelInspector));
        Assert.All(outcome.Issue, i => Assert.Equal(OperationOutcome.IssueSeverity.Error, i.Severity));
    }

    [Fact]
    public void OperationOutcome_FromMappingErrors_NamesTheField()
    {
        var outcome = OperationOutcomeFactory.FromMapping(Fixtures.Map(Fixtures.SerumEcdActivityUnit));

        Assert.Empty(outcome.Validate(ModelInfo.ModelInspector));
        // A panel field is no FHIRPath: it is named as a details coding, and expression stays empty.
        var issue = Assert.Single(outcome.Issue);
        Assert.Empty(issue.Expression);
        Assert.Equal("serumHer2Ecd", issue.Details!.Coding.Single(c => c.System == "urn:cdsservice:panel-field").Code);
    }
}
