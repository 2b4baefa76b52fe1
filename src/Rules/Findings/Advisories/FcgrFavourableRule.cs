namespace CdsService.Rules.Findings.Advisories;

using CdsService.Rules.Model;

/// <summary>
/// In the cited study [40] (Musolino 2008; the favourable alleles are not in the review's text) patients with FCGR3A
/// V/V and/or FCGR2A H/H responded better. The note's statement speaks of V/V with H/H, so both must be given and
/// high-affinity; any lower-affinity allele makes it the fcgr-low-affinity finding instead.
/// </summary>
public sealed class FcgrFavourableRule : IAdvisoryRule
{
    private static readonly string[] InputIds = [MarkerIds.Fcgr3a158, MarkerIds.Fcgr2a131];
    private static readonly RuleResult Absent = RuleResult.NotApplicable("FCGR3A-158 and FCGR2A-131 not reported.");
    private static readonly RuleResult NotBoth = RuleResult.NotFired("FCGR3A-158 V/V with FCGR2A-131 H/H is not reported.");
    private static readonly RuleResult Favourable = RuleResult.Fired("FCGR3A-158 V/V with FCGR2A-131 H/H: higher-affinity alleles only.");

    public string Id => "fcgr-favourable";

    public AdvisoryKind Kind => AdvisoryKind.Note;

    public string StatementId => "note.fcgr-favourable";

    public IReadOnlyList<string> Inputs => InputIds;

    public RuleResult Evaluate(in AdvisoryContext context)
    {
        var fcgr3a = context.Panel.Fcgr3a158;
        var fcgr2a = context.Panel.Fcgr2a131;
        if (fcgr3a is null && fcgr2a is null) return Absent;
        return fcgr3a == Fcgr3a158Genotype.VV && fcgr2a == Fcgr2a131Genotype.HH ? Favourable : NotBoth;
    }
}
