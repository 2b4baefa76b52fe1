namespace CdsService.Api.Tests.CdsHooks;

using CdsService.Api.CdsHooks.Cards;
using CdsService.Api.CdsHooks.Evaluation;
using CdsService.Fhir;
using CdsService.TestSupport;

/// <summary>
/// The FHIR resources the CDS Hooks cards hand the EHR (the ServiceRequest of a "create" suggestion) pass the R4 core
/// validation with 0 errors, for every evaluation scenario (docs/fhir.md, "Validation").
/// </summary>
public sealed class SuggestionResourceValidationTests
{
    public static TheoryData<string> Scenarios => [.. EvaluationFixtures.All().Select(s => s.Name)];

    [Fact]
    public void SomeScenarioSuggestsAResource() =>
        Assert.Contains(EvaluationFixtures.All(), s => Resources(s.Name).Count > 0);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void SuggestedResources_Validate(string scenario)
    {
        foreach (var json in Resources(scenario))
        {
            var errors = FhirOutputValidator.Errors(FhirJson.Parse(json));
            Assert.True(errors.Count == 0, $"{scenario}: {errors.Count} errors\n{FhirOutputValidator.Describe(errors)}");
        }
    }

    private static List<string> Resources(string scenario)
    {
        var evaluation = EvaluationFixtures.All().Single(s => s.Name == scenario).Evaluation;
        var context = new CardContext(new HookEvaluation(Guid.NewGuid(), DateTimeOffset.UtcNow, evaluation, "{}", 0),
            new Uri("https://cds.example.org/api/v1/evaluations/1/report?format=html"), "p1");
        return new[] { PatientViewCards.Build(context), OrderCards.Build(context, ["MedicationRequest/mr1"]) }
            .SelectMany(cards => cards).SelectMany(c => c.Suggestions ?? []).SelectMany(s => s.Actions)
            .Where(a => a.Resource is not null).Select(a => a.Resource!.ToJsonString()).ToList();
    }
}
