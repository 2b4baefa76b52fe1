namespace CdsService.Rules.Findings.Advisories;

using CdsService.Rules.Model;

/// <summary>
/// PIK3CA activating mutations and PTEN deletion are mutually exclusive, as both set PIP3 levels in opposite
/// directions [61] ("Hyperactivation of PI3K-Akt pathway"): both together asks for verification. Both findings stay.
/// </summary>
public sealed class PtenPik3caCoOccurrenceRule : IAdvisoryRule
{
    private static readonly string[] InputIds = [MarkerIds.Pten, MarkerIds.Pik3ca];
    private static readonly RuleResult Absent = RuleResult.NotApplicable("PTEN and PIK3CA are not both reported.");
    private static readonly RuleResult Both = RuleResult.Fired("PTEN loss and PIK3CA mutation reported together.");
    private static readonly RuleResult NotBoth = RuleResult.NotFired("PTEN loss and PIK3CA mutation are not both present.");

    public string Id => "pten-pik3ca-co-occurrence";

    public AdvisoryKind Kind => AdvisoryKind.Warning;

    public string StatementId => "warning.pten-pik3ca-co-occurrence";

    public IReadOnlyList<string> Inputs => InputIds;

    public RuleResult Evaluate(in AdvisoryContext context)
    {
        var panel = context.Panel;
        if (panel.Pten is null || panel.Pik3ca is null) return Absent;
        return panel.Pten == PtenStatus.Loss && panel.Pik3ca.Status == Pik3caStatus.Mutated ? Both : NotBoth;
    }
}
