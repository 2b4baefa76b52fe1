namespace CdsService.Rules.Findings;

using CdsService.Rules.Model;

/// <summary>Dependence on ErbB3 signalling during treatment converges on PI3K-Akt: "Hyperactivation of PI3K-Akt pathway" [46]-[49].</summary>
public sealed class Erbb3OverexpressionRule : IFindingRule
{
    private static readonly OverexpressionOutcomes Outcomes = new(MarkerIds.Erbb3, "ErbB3");

    public string Id => FindingIds.Erbb3Overexpression;

    public IReadOnlyList<string> Inputs => Outcomes.Inputs;

    public RuleResult Evaluate(PatientPanel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        return Outcomes.For(panel.Erbb3);
    }
}
