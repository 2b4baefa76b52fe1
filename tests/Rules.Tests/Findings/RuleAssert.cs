namespace CdsService.Rules.Tests.Findings;

using CdsService.Rules.Engine;
using CdsService.Rules.Findings;

internal static class RuleAssert
{
    public static void Outcome(RuleOutcomeKind expected, string expectedDetail, RuleResult actual)
    {
        Assert.Equal(expected, actual.Outcome);
        Assert.Equal(expectedDetail, actual.Detail);
    }
}
