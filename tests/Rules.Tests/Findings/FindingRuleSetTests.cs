namespace CdsService.Rules.Tests.Findings;

using CdsService.Rules.Findings;

public sealed class FindingRuleSetTests
{
    [Fact]
    public void Create_Rules_CoverEveryFindingIdOnceInOrder() =>
        Assert.Equal(FindingIds.All, FindingRuleSet.Create(15).Select(r => r.Id));

    [Fact]
    public void Create_EmptyPanel_EveryRuleIsNotApplicable() =>
        Assert.All(FindingRuleSet.Create(15), r => Assert.Equal(Engine.RuleOutcomeKind.NotApplicable, r.Evaluate(new Model.PatientPanel()).Outcome));
}
