namespace CdsService.Rules.Tests.Findings.Advisories;

using CdsService.Rules.Engine;
using CdsService.Rules.Findings.Advisories;
using CdsService.Rules.Model;

public sealed class PtenPik3caCoOccurrenceRuleTests
{
    private readonly PtenPik3caCoOccurrenceRule _rule = new();

    [Fact]
    public void Rule_Metadata_IsAWarning()
    {
        Assert.Equal("pten-pik3ca-co-occurrence", _rule.Id);
        Assert.Equal(AdvisoryKind.Warning, _rule.Kind);
        Assert.Equal(["warning.pten-pik3ca-co-occurrence"], _rule.StatementIds);
    }

    [Fact]
    public void Evaluate_LossWithActivatingMutation_IsFired() =>
        Assert.Equal(RuleOutcomeKind.Fired, Evaluate(PtenStatus.Loss, new Pik3caResult(Pik3caStatus.Mutated, ["H1047R"])));

    [Fact]
    public void Evaluate_LossWithMutationOfUnknownVariant_IsFired() =>
        Assert.Equal(RuleOutcomeKind.Fired, Evaluate(PtenStatus.Loss, new Pik3caResult(Pik3caStatus.Mutated)));

    // The review's statement [61] concerns activating mutations: a polymorphism beside PTEN loss contradicts nothing.
    [Fact]
    public void Evaluate_LossWithAPolymorphism_IsNotFired() =>
        Assert.Equal(RuleOutcomeKind.NotFired, Evaluate(PtenStatus.Loss, new Pik3caResult(Pik3caStatus.Mutated, ["I391M"])));

    [Fact]
    public void Evaluate_IntactWithMutation_IsNotFired() =>
        Assert.Equal(RuleOutcomeKind.NotFired, Evaluate(PtenStatus.Intact, new Pik3caResult(Pik3caStatus.Mutated, ["E545K"])));

    [Fact]
    public void Evaluate_OnlyOneReported_IsNotApplicable() =>
        Assert.Equal(RuleOutcomeKind.NotApplicable, _rule.Evaluate(AdvisoryCases.Context(PanelBuilder.Her2Positive().Pten(PtenStatus.Loss))).Outcome);

    private RuleOutcomeKind Evaluate(PtenStatus pten, Pik3caResult pik3ca) =>
        _rule.Evaluate(new AdvisoryContext(new PatientPanel { Pten = pten, Pik3ca = pik3ca }, Her2Status.Positive, [])).Outcome;
}
