namespace CdsService.Rules.Findings;

using CdsService.Rules.Model;

/// <summary>Dependence on EGFR signalling during treatment converges on PI3K-Akt: "Hyperactivation of PI3K-Akt pathway" [46]-[49].</summary>
public sealed class EgfrOverexpressionRule : IFindingRule
{
    private static readonly OverexpressionOutcomes Outcomes = new(MarkerIds.Egfr, "EGFR");

    public string Id => FindingIds.EgfrOverexpression;

    public IReadOnlyList<string> Inputs => Outcomes.Inputs;

    public RuleResult Evaluate(PatientPanel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        return Outcomes.For(panel.Egfr);
    }
}
