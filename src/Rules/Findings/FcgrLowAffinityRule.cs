namespace CdsService.Rules.Findings;

using CdsService.Rules.Model;

/// <summary>
/// Fc-gamma receptor polymorphisms may decide how well ADCC works [40] ("Evasion of immune-mediated cytotoxic
/// responses"; ADCC depends on the patient's immune system [77]). Which alleles are favourable is not in the review's
/// text: the cited study itself ([40], Musolino 2008) found that patients with FCGR3A-158 V/V and/or FCGR2A-131 H/H
/// responded better. So a high-affinity homozygote in either gene is favourable (<see cref="Advisories.FcgrFavourableRule"/>),
/// and the finding fires only when every genotype given is a lower-affinity one. Effect: reduced benefit, not
/// resistance. The finding's inputs are the genotypes actually given.
/// </summary>
public sealed class FcgrLowAffinityRule : IFindingRule
{
    private const string Source = " Which alleles bind trastuzumab's Fc region less well is from the cited study [40] (V/V and/or H/H responded better), not the review's text.";

    private static readonly string[] InputIds = [MarkerIds.Fcgr3a158, MarkerIds.Fcgr2a131];
    private static readonly string[] Fcgr3aOnly = [MarkerIds.Fcgr3a158];
    private static readonly string[] Fcgr2aOnly = [MarkerIds.Fcgr2a131];
    private static readonly RuleResult Absent = RuleResult.NotApplicable("FCGR3A-158 and FCGR2A-131 not reported.");

    public string Id => FindingIds.FcgrLowAffinity;

    public IReadOnlyList<string> Inputs => InputIds;

    public RuleResult Evaluate(PatientPanel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var fcgr3a = panel.Fcgr3a158;
        var fcgr2a = panel.Fcgr2a131;
        if (fcgr3a is null && fcgr2a is null) return Absent;

        var given = Join(Describe(fcgr3a), Describe(fcgr2a));
        if (HasFavourableHomozygote(fcgr3a, fcgr2a))
        {
            return RuleResult.NotFired(string.Concat("A higher-affinity homozygote is present (", given, "): the favourable pattern of [40], not this finding."));
        }

        IReadOnlyList<string> inputs = fcgr3a is null ? Fcgr2aOnly : fcgr2a is null ? Fcgr3aOnly : InputIds;
        return RuleResult.Fired(string.Concat("This patient: ", given, ". Every genotype given carries a lower-affinity allele.", Source), inputs);
    }

    /// <summary>[40]'s "V/V and/or H/H": either high-affinity homozygote, among the genotypes given.</summary>
    public static bool HasFavourableHomozygote(Fcgr3a158Genotype? fcgr3a, Fcgr2a131Genotype? fcgr2a) =>
        fcgr3a == Fcgr3a158Genotype.VV || fcgr2a == Fcgr2a131Genotype.HH;

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

    internal static string Join(string? first, string? second) =>
        first is null ? second ?? string.Empty : second is null ? first : string.Concat(first, "; ", second);
}
