namespace CdsService.Rules.Findings;

using System.Text;
using CdsService.Rules.Model;

/// <summary>
/// Activating PIK3CA mutations confer trastuzumab resistance in BT-474/SKBR3 [18] and shorter time to progression [60].
/// The detail names the review's hotspots (E545K, H1047R) and that exons 9 and 20 hold most activating mutations
/// [61], [62], [65]; any reported mutation fires, since the review does not restrict resistance to the hotspots.
/// </summary>
public sealed class Pik3caMutationRule : IFindingRule
{
    private const string ExonNote =
        " The review notes that most activating PIK3CA mutations lie in exons 9 (helical domain) and 20 (kinase domain) [61], [62], [65].";

    private static readonly string[] InputIds = [MarkerIds.Pik3ca];
    private static readonly RuleResult Absent = RuleResult.NotApplicable("PIK3CA not reported.");
    private static readonly RuleResult WildType = RuleResult.NotFired("PIK3CA wild-type.");
    private static readonly RuleResult MutatedNoVariant =
        RuleResult.Fired("This patient: PIK3CA mutated (no variant given)." + ExonNote);

    public string Id => FindingIds.Pik3caMutation;

    public IReadOnlyList<string> Inputs => InputIds;

    public RuleResult Evaluate(PatientPanel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var result = panel.Pik3ca;
        if (result is null) return Absent;
        if (result.Status != Pik3caStatus.Mutated) return WildType;
        return result.Variants.Count == 0 ? MutatedNoVariant : RuleResult.Fired(Describe(result.Variants));
    }

    /// <summary>"This patient: PIK3CA mutated: H1047R (a hotspot named by the review), Q546K." plus the exon note.</summary>
    internal static string Describe(IReadOnlyList<string> variants)
    {
        var text = new StringBuilder("This patient: PIK3CA mutated: ", 160);
        for (var i = 0; i < variants.Count; i++)
        {
            var variant = Pik3caVariantParser.Parse(variants[i]);
            if (i > 0) text.Append(", ");
            text.Append(variant.Display);
            if (variant.IsReviewHotspot) text.Append(" (a hotspot named by the review)");
            else if (variant.ProteinChange is null) text.Append(" (not read as a protein substitution; as reported)");
        }

        return text.Append('.').Append(ExonNote).ToString();
    }
}
