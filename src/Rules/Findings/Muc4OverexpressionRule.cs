namespace CdsService.Rules.Findings;

using CdsService.Rules.Model;

/// <summary>Heavily glycosylated Muc4 sterically hinders the trastuzumab binding site on ErbB2: "Mechanisms of resistance" [15], [43], [44].</summary>
public sealed class Muc4OverexpressionRule : IFindingRule
{
    private static readonly OverexpressionOutcomes Outcomes = new(MarkerIds.Muc4, "Muc4");

    public string Id => FindingIds.Muc4Overexpression;

    public IReadOnlyList<string> Inputs => Outcomes.Inputs;

    public RuleResult Evaluate(PatientPanel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        return Outcomes.For(panel.Muc4);
    }
}
