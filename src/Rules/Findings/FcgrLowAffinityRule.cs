namespace CdsService.Rules.Findings;

using CdsService.Rules.Model;

/// <summary>
/// Fc-gamma receptor polymorphisms may decide how well ADCC works [40] ("Evasion of immune-mediated cytotoxic
/// responses"; ADCC depends on the patient's immune system [77]). The review does not say which alleles are
/// favourable: that FCGR3A-158 V and FCGR2A-131 H bind better comes from the cited study itself ([40], Musolino 2008),
/// so the detail labels it as from [40]. Effect is reduced benefit, not resistance.
/// </summary>
public sealed class FcgrLowAffinityRule : IFindingRule
{
    private const string Source = " Which alleles bind trastuzumab's Fc region less well is from the cited study [40], not the review's text.";

    private static readonly string[] InputIds = [MarkerIds.Fcgr3a158, MarkerIds.Fcgr2a131];
    private static readonly RuleResult Absent = RuleResult.NotApplicable("FCGR3A-158 and FCGR2A-131 not reported.");

    public string Id => FindingIds.FcgrLowAffinity;

    public IReadOnlyList<string> Inputs => InputIds;

    public RuleResult Evaluate(PatientPanel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var fcgr3a = panel.Fcgr3a158;
        var fcgr2a = panel.Fcgr2a131;
        if (fcgr3a is null && fcgr2a is null) return Absent;

        var low3a = fcgr3a is Fcgr3a158Genotype.VF or Fcgr3a158Genotype.FF;
        var low2a = fcgr2a is Fcgr2a131Genotype.HR or Fcgr2a131Genotype.RR;
        if (!low3a && !low2a)
        {
            return RuleResult.NotFired(string.Concat("No lower-affinity allele: ", Join(Describe(fcgr3a), Describe(fcgr2a)), "."));
        }

        var lowAlleles = Join(low3a ? Describe(fcgr3a) : null, low2a ? Describe(fcgr2a) : null);
        return RuleResult.Fired(string.Concat("This patient: ", lowAlleles, ".", Source));
    }

    internal static string? Describe(Fcgr3a158Genotype? genotype) => genotype switch
    {
        Fcgr3a158Genotype.VV => "FCGR3A-158 V/V (higher-affinity V allele on both copies)",
        Fcgr3a158Genotype.VF => "FCGR3A-158 V/F (one lower-affinity F allele)",
        Fcgr3a158Genotype.FF => "FCGR3A-158 F/F (lower-affinity F allele on both copies)",
        _ => null,
    };

    internal static string? Describe(Fcgr2a131Genotype? genotype) => genotype switch
    {
        Fcgr2a131Genotype.HH => "FCGR2A-131 H/H (higher-affinity H allele on both copies)",
        Fcgr2a131Genotype.HR => "FCGR2A-131 H/R (one lower-affinity R allele)",
        Fcgr2a131Genotype.RR => "FCGR2A-131 R/R (lower-affinity R allele on both copies)",
        _ => null,
    };

    private static string Join(string? first, string? second) =>
        first is null ? second ?? string.Empty : second is null ? first : string.Concat(first, "; ", second);
}
