namespace CdsService.Rules.Findings.Advisories;

using CdsService.Rules.Model;

/// <summary>
/// In the cited study [40] (Musolino 2008; the favourable alleles are not in the review's text) patients with FCGR3A
/// V/V and/or FCGR2A H/H responded better. The note applies when every genotype given is the higher-affinity one;
/// any lower-affinity allele makes it the fcgr-low-affinity finding instead.
/// </summary>
public sealed class FcgrFavourableRule : IAdvisoryRule
{
    private static readonly string[] InputIds = [MarkerIds.Fcgr3a158, MarkerIds.Fcgr2a131];
    private static readonly RuleResult Absent = RuleResult.NotApplicable("FCGR3A-158 and FCGR2A-131 not reported.");
    private static readonly RuleResult LowAllele = RuleResult.NotFired("A lower-affinity FCGR allele is reported.");

    public string Id => "fcgr-favourable";

    public AdvisoryKind Kind => AdvisoryKind.Note;

    public string StatementId => "note.fcgr-favourable";

    public IReadOnlyList<string> Inputs => InputIds;

    public RuleResult Evaluate(in AdvisoryContext context)
    {
        var fcgr3a = context.Panel.Fcgr3a158;
        var fcgr2a = context.Panel.Fcgr2a131;
        if (fcgr3a is null && fcgr2a is null) return Absent;
        var favourable = (fcgr3a is null or Fcgr3a158Genotype.VV) && (fcgr2a is null or Fcgr2a131Genotype.HH);
        if (!favourable) return LowAllele;

        var described = FcgrLowAffinityRule.Describe(fcgr3a) is { } a
            ? FcgrLowAffinityRule.Describe(fcgr2a) is { } b ? string.Concat(a, "; ", b) : a
            : FcgrLowAffinityRule.Describe(fcgr2a)!;
        return RuleResult.Fired(string.Concat("Higher-affinity genotype only: ", described, "."));
    }
}
