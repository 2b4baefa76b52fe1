namespace CdsService.Rules.Tests.Ranking;

using CdsService.Rules.Engine;
using CdsService.Rules.KnowledgeBase;
using CdsService.Rules.Ranking;

public sealed class RankingPolicyTests
{
    [Theory]
    [InlineData(EvidenceLevel.A, OptionDirection.Supports)]
    [InlineData(EvidenceLevel.D, OptionDirection.Supports)]
    [InlineData(EvidenceLevel.X, OptionDirection.Against)]
    public void DirectionOf_Level_OnlyXIsAgainst(EvidenceLevel level, OptionDirection expected) =>
        Assert.Equal(expected, RankingPolicy.DirectionOf(level));

    [Theory]
    [InlineData(AvailabilityStatus.ApprovedHer2Breast, 1)]
    [InlineData(AvailabilityStatus.ApprovedOther, 2)]
    [InlineData(AvailabilityStatus.Investigational, 3)]
    [InlineData(AvailabilityStatus.Discontinued, 3)]
    [InlineData(AvailabilityStatus.Unknown, 3)]
    public void TierOf_Status_UnknownIsNeverAvailable(AvailabilityStatus status, int expected) =>
        Assert.Equal(expected, RankingPolicy.TierOf(status));

    [Theory]
    [InlineData("III", 0)]
    [InlineData("II", 1)]
    [InlineData("I-II", 2)]
    [InlineData("I", 3)]
    [InlineData("Preclinical", 4)]
    public void PhaseOrder_Table1Phases_InPolicyOrder(string phase, int expected) =>
        Assert.Equal(expected, RankingPolicy.PhaseOrder(phase));

    [Theory]
    [InlineData("Yes", true)]
    [InlineData("Yes, Paclitaxel", true)]
    [InlineData("Yes, Paclitaxel and Carboplatin", true)]
    [InlineData("", false)]
    [InlineData("No", false)]
    public void CombinesWithTrastuzumab_Column_AnyYes(string column, bool expected) =>
        Assert.Equal(expected, RankingPolicy.CombinesWithTrastuzumab(column));

    [Theory]
    [InlineData(FindingEffect.Resistance, true)]
    [InlineData(FindingEffect.ReducedBenefit, true)]
    [InlineData(FindingEffect.Uncertain, false)]
    public void AffectsRelevance_Effect_UncertainIsShownOnly(FindingEffect effect, bool expected) =>
        Assert.Equal(expected, RankingPolicy.AffectsRelevance(effect));
}
