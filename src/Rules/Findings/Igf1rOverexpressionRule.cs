namespace CdsService.Rules.Findings;

using CdsService.Rules.Model;

/// <summary>Dependence on IGF-1R signalling during treatment converges on PI3K-Akt: "Hyperactivation of PI3K-Akt pathway" [46]-[49].</summary>
public sealed class Igf1rOverexpressionRule : IFindingRule
{
    private static readonly OverexpressionOutcomes Outcomes = new(MarkerIds.Igf1r, "IGF-1R");

    public string Id => FindingIds.Igf1rOverexpression;

    public IReadOnlyList<string> Inputs => Outcomes.Inputs;

    public RuleResult Evaluate(PatientPanel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        return Outcomes.For(panel.Igf1r);
    }
}
