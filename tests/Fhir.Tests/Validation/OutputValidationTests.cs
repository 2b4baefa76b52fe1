namespace CdsService.Fhir.Tests.Validation;

using CdsService.Fhir.Inbound;
using CdsService.Fhir.Outbound;
using CdsService.Rules.Engine;
using CdsService.Rules.Model;
using CdsService.TestSupport;
using Hl7.Fhir.Model;

/// <summary>
/// Every FHIR answer $evaluate can give for every input fixture under TestData/ (any depth, so fixtures added later are
/// checked without editing this class), under both ranking lenses, passes the R4 core validation with 0 errors
/// (docs/fhir.md, "Validation"): the collection Bundle, or the OperationOutcome of a 400 or 422.
/// </summary>
public sealed class OutputValidationTests
{
    private static readonly Lazy<CdsEngine> Engine = new(CdsEngine.CreateDefault);
    private static readonly EvaluationStamp Stamp = new(Guid.Parse("5f0c1a7e-2b8d-4c3e-9a61-7d2e4b0f1c38"), new DateTimeOffset(2025, 6, 2, 9, 30, 0, TimeSpan.Zero));

    public static TheoryData<string> AllFixtures
    {
        get
        {
            var root = Path.Combine(AppContext.BaseDirectory, "TestData");
            var data = new TheoryData<string>();
            foreach (var file in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                // A fixture's expected answer sits beside it as name.expected.json: not FHIR input.
                if (file.EndsWith(".expected.json", StringComparison.Ordinal)) continue;
                data.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
            }

            return data;
        }
    }

    [Fact]
    public void TheFixtureDirectoryIsEnumerated() =>
        Assert.Contains(AllFixtures, row => row.Data == "her2-positive-resistance.json");

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void EveryOutput_HasNoValidationErrors(string fixture)
    {
        var outputs = Outputs(Fixtures.Read(fixture)).ToList();

        var errors = outputs.SelectMany(FhirOutputValidator.Errors).ToList();

        Assert.True(errors.Count == 0, $"{fixture}: {errors.Count} errors\n{FhirOutputValidator.Describe(errors)}");
    }

    [Theory]
    [MemberData(nameof(AllFixtures))]
    public void EveryIssueExpression_IsFhirPathFromAResourceType(string fixture)
    {
        var expressions = Outputs(Fixtures.Read(fixture))
            .SelectMany(r => r is Bundle b ? b.Entry.Select(e => e.Resource) : [r])
            .OfType<OperationOutcome>().SelectMany(o => o.Issue).SelectMany(i => i.Expression).OfType<string>().ToList();

        Assert.All(expressions, e =>
        {
            Assert.True(char.IsUpper(e[0]) && ModelInfo.IsKnownResource(e.Split('.', '[', '(')[0]), $"{e} does not start with a resource type");
            new Hl7.FhirPath.FhirPathCompiler().Parse(e);
        });
    }

    [Theory]
    [InlineData("her2.ihc")]
    [InlineData("patient")]
    [InlineData("Observation.value[")]
    [InlineData("entry[0].resource.text.div")]
    public void ALocationThatIsNotFhirPathIsADetailsCodingNotAnExpression(string location)
    {
        var outcome = OperationOutcomeFactory.FromIssues([(OperationOutcome.IssueSeverity.Error, "invalid", "bad", location)]);

        var issue = Assert.Single(outcome.Issue);
        Assert.Empty(issue.Expression);
        Assert.Contains(issue.Details!.Coding, c => c.System == "urn:cdsservice:panel-field" && c.Code == location);
    }

    [Fact]
    public void AFhirPathLocationIsTheExpression()
    {
        var outcome = OperationOutcomeFactory.FromIssues([(OperationOutcome.IssueSeverity.Error, "invalid", "bad", "Parameters.parameter.where(name='ranking')")]);

        Assert.Equal(["Parameters.parameter.where(name='ranking')"], Assert.Single(outcome.Issue).Expression);
    }

    /// <summary>What the endpoint would answer, under each lens: the Bundle, or the OperationOutcome of the refusal.</summary>
    public static IEnumerable<Resource> Outputs(string json)
    {
        EvaluateRequest request;
        try
        {
            request = EvaluateRequest.Read(json);
        }
        catch (FhirInputException e)
        {
            return [OperationOutcomeFactory.FromInput(e)];
        }

        if (request.Mapping.HasErrors) return [OperationOutcomeFactory.FromMapping(request.Mapping)];
        var builder = EvaluationBundleBuilder.For(Engine.Value.KnowledgeBase);
        return Enum.GetValues<RankingLens>()
            .Select(lens => (Resource)builder.Build(Engine.Value.Evaluate(request.Mapping.Panel, lens), request.Mapping, Stamp))
            .ToList();
    }
}
