namespace CdsService.Api.Tests.CdsHooks;

using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CdsService.Api.CdsHooks.Cards;
using CdsService.Api.CdsHooks.Contracts;
using CdsService.Api.CdsHooks.Evaluation;

/// <summary>CDS Hooks 2.0 §Card Attributes, §Suggestion, §Action and §Link on every card the service can produce, with the longest agent names.</summary>
public sealed class CardTests
{
    public static TheoryData<string> Scenarios => [.. EvaluationFixtures.All().Select(s => s.Name)];

    private static List<Card> CardsFor(string scenario)
    {
        var evaluation = EvaluationFixtures.All().Single(s => s.Name == scenario).Evaluation;
        var context = new CardContext(new HookEvaluation(Guid.NewGuid(), DateTimeOffset.UtcNow, evaluation, "{}", 0),
            new Uri("https://cds.example.org/api/v1/evaluations/1/report?format=html"), "p1");
        return [.. PatientViewCards.Build(context), .. OrderCards.Build(context, ["MedicationRequest/mr1"])];
    }

    [Fact]
    public void Cards_WithSmartConfigured_CarryTheReportLinkThenOneSmartLinkToTheLaunchUrl()
    {
        var evaluation = EvaluationFixtures.All().First().Evaluation;
        var report = new Uri("https://cds.example.org/reports/evaluations/1?format=html&token=t");
        var launch = new Uri("https://cds.example.org/app/launch");
        var context = new CardContext(new HookEvaluation(Guid.NewGuid(), DateTimeOffset.UtcNow, evaluation, "{}", 0), report, "p1", launch);

        var cards = PatientViewCards.Build(context).Concat(OrderCards.Build(context, ["MedicationRequest/mr1"])).ToList();

        Assert.NotEmpty(cards);
        Assert.All(cards, card => Assert.Equal(
            [new CardLink("Full report of this evaluation", report, "absolute"), new CardLink(CardFactory.SmartLinkLabel, launch, "smart")],
            card.Links!));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Cards_EveryScenario_SummaryUnder140Characters(string scenario)
    {
        var cards = CardsFor(scenario);
        Assert.NotEmpty(cards);
        Assert.All(cards, c => Assert.InRange(c.Summary.Length, 1, 139));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Cards_EveryScenario_HaveNoNullOrEmptyMembers(string scenario)
    {
        var json = JsonSerializer.SerializeToNode(new CardsResponse(CardsFor(scenario)), CdsHooksJson.Options)!;
        AssertNoEmpty(json, "$");
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Cards_EveryScenario_KeepTheCardInvariants(string scenario)
    {
        foreach (var card in CardsFor(scenario))
        {
            Assert.True(Guid.TryParse(card.Uuid, out _));
            Assert.Contains(card.Indicator, new[] { "info", "warning", "critical" });
            Assert.False(string.IsNullOrWhiteSpace(card.Source.Label));
            Assert.Equal("https://doi.org/10.4103/1477-3163.90442", card.Source.Url?.AbsoluteUri);
            Assert.DoesNotMatch(new Regex("<[A-Za-z/!]"), card.Detail!);
            Assert.Contains("[Full report of this evaluation](https://cds.example.org/api/v1/evaluations/", card.Detail!, StringComparison.Ordinal);
            Assert.All(card.Links!, l => Assert.Equal("absolute", l.Type));
            if (card.Suggestions is { } suggestions)
            {
                Assert.Equal("at-most-one", card.SelectionBehavior);
                Assert.True(suggestions.Count(s => s.IsRecommended == true) <= 1);
                Assert.All(suggestions.SelectMany(s => s.Actions), a =>
                {
                    Assert.False(string.IsNullOrWhiteSpace(a.Description));
                    Assert.True(a.Type == "delete" ? a.Resource is null && a.ResourceId is not null : a.Resource is not null && a.ResourceId is null);
                });
            }
            else
            {
                Assert.Null(card.SelectionBehavior);
            }
        }
    }

    [Fact]
    public void PatientView_Equivocal_SuggestsReflexIshServiceRequest()
    {
        var card = CardsFor("equivocal")[0];
        Assert.Equal("85318-4", card.Suggestions![0].Actions[0].Resource!["code"]!["coding"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public void PatientView_IshGroupWithoutIhc_SuggestsConcurrentIhc()
    {
        var card = CardsFor("pending-concurrent-ihc")[0];
        Assert.Equal("85319-2", card.Suggestions![0].Actions[0].Resource!["code"]!["coding"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public void PatientView_PositiveWithFindings_ListsTopOptionsWithLevelsAndReferenceNumbers()
    {
        var card = CardsFor("positive-findings-15")[0];
        Assert.Equal("warning", card.Indicator);
        Assert.Contains("1. **Trastuzumab-DM1** (mTOR): level B, supports; tier 1, approved HER2+ breast (as of 2024-06) [105]", card.Detail!, StringComparison.Ordinal);
        Assert.Contains("[16, 60]", card.Detail!, StringComparison.Ordinal);
        Assert.DoesNotContain("Pertuzumab", card.Detail!, StringComparison.Ordinal);
    }

    [Fact]
    public void PatientView_NothingKnown_GivesNoCards()
    {
        var evaluation = EvaluationFixtures.Build(Rules.Model.Her2Status.Unknown, inputs: []);
        var context = new CardContext(new HookEvaluation(Guid.NewGuid(), DateTimeOffset.UtcNow, evaluation, "{}", 0), new Uri("https://x.example/r"), "p1");
        Assert.Empty(PatientViewCards.Build(context));
        Assert.Equal("{\"cards\":[]}", JsonSerializer.Serialize(CardsResponse.Empty, CdsHooksJson.Options));
    }

    private static void AssertNoEmpty(JsonNode? node, string path)
    {
        switch (node)
        {
            case null:
                Assert.Fail($"{path} is null");
                break;
            case JsonObject o:
                Assert.True(o.Count > 0, $"{path} is an empty object");
                foreach (var (key, value) in o)
                {
                    AssertNoEmpty(value, $"{path}.{key}");
                }

                break;
            case JsonArray a:
                Assert.True(a.Count > 0 || path == "$.cards", $"{path} is an empty array");
                for (var i = 0; i < a.Count; i++)
                {
                    AssertNoEmpty(a[i], $"{path}[{i}]");
                }

                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                Assert.False(string.IsNullOrWhiteSpace(v.GetValue<string>()), $"{path} is an empty string");
                break;
        }
    }
}
