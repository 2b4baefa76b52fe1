namespace CdsService.Rules.Findings;

using CdsService.Rules.Model;

/// <summary>CD44-hyaluronan sterically hinders the trastuzumab binding site on ErbB2: "Mechanisms of resistance" [15], [43], [44].</summary>
public sealed class Cd44OverexpressionRule : IFindingRule
{
    private static readonly OverexpressionOutcomes Outcomes = new(MarkerIds.Cd44, "CD44");

    public string Id => FindingIds.Cd44Overexpression;

    public IReadOnlyList<string> Inputs => Outcomes.Inputs;

    public RuleResult Evaluate(PatientPanel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        return Outcomes.For(panel.Cd44);
    }
}
