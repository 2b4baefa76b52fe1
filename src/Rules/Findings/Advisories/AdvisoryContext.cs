namespace CdsService.Rules.Findings.Advisories;

using CdsService.Rules.Engine;
using CdsService.Rules.Model;

/// <summary>What the advisory rules read: the panel, the final HER2 call and the findings that fired.</summary>
public readonly record struct AdvisoryContext(PatientPanel Panel, Her2Status Her2Status, IReadOnlyList<Finding> Findings)
{
    /// <summary>Resistance or reduced-benefit findings only: an uncertain finding (serum ECD) is not evidence of refractoriness.</summary>
    public bool HasResistanceFinding
    {
        get
        {
            for (var i = 0; i < Findings.Count; i++)
            {
                if (Findings[i].Effect is FindingEffect.Resistance or FindingEffect.ReducedBenefit) return true;
            }

            return false;
        }
    }
}
