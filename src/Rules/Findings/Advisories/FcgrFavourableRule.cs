namespace CdsService.Rules.Findings.Advisories;

using CdsService.Rules.Model;

/// <summary>
/// In the cited study [40] (Musolino 2008; the favourable alleles are not in the review's text) patients with FCGR3A
/// V/V and/or FCGR2A H/H responded better: either high-affinity homozygote among the genotypes given is the favourable
/// pattern, and no fcgr-low-affinity finding is made. The later studies that did not reproduce it are shown with it.
/// </summary>
public sealed class FcgrFavourableRule : IAdvisoryRule
{
    public const string Subject = "fcgr-favourable";
    private const string Statement = "note.fcgr-favourable";

    private static readonly string[] InputIds = [MarkerIds.Fcgr3a158, MarkerIds.Fcgr2a131];
    private static readonly RuleResult Absent = RuleResult.NotApplicable("FCGR3A-158 and FCGR2A-131 not reported.");
    private static readonly RuleResult None = RuleResult.NotFired("No higher-affinity homozygote (FCGR3A-158 V/V or FCGR2A-131 H/H) among the genotypes given.");

    public string Id => Subject;

    public AdvisoryKind Kind => AdvisoryKind.Note;

    public IReadOnlyList<string> StatementIds { get; } = [Statement];

    public string? NoteSubject => Subject;

    public IReadOnlyList<string> Inputs => InputIds;

    public AdvisoryResult Evaluate(in AdvisoryContext context)
    {
        var fcgr3a = context.Panel.Fcgr3a158;
        var fcgr2a = context.Panel.Fcgr2a131;
        if (fcgr3a is null && fcgr2a is null) return Absent;
        if (!FcgrLowAffinityRule.HasFavourableHomozygote(fcgr3a, fcgr2a)) return None;
        var given = FcgrLowAffinityRule.Join(FcgrLowAffinityRule.Describe(fcgr3a), FcgrLowAffinityRule.Describe(fcgr2a));
        return AdvisoryResult.Fired(string.Concat("Favourable pattern of [40] (V/V and/or H/H): ", given, "."), Statement);
    }
}
