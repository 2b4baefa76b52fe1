namespace CdsService.Rules.Findings.Advisories;

using CdsService.Rules.Engine;
using CdsService.Rules.Model;

/// <summary>What the advisory rules read: the panel, the final HER2 call and the findings that fired.</summary>
public readonly record struct AdvisoryContext(PatientPanel Panel, Her2Status Her2Status, IReadOnlyList<Finding> Findings)
{
    /// <summary>A finding of effect resistance. Reduced-benefit and uncertain findings are listed as such, never as resistance.</summary>
    public bool HasResistanceFinding => Findings.Any(f => f.Effect == FindingEffect.Resistance);

    /// <summary>Whether any resistance marker (anything but HER2 and the trastuzumab history) was given.</summary>
    public bool AnyMarkerGiven => Panel.InputsGiven().Any(id => id is not (MarkerIds.Her2 or MarkerIds.TrastuzumabHistory));

    /// <summary>The disease progressed on trastuzumab, or never responded to it.</summary>
    public bool ProgressedOnTrastuzumab => Panel.TrastuzumabHistory is
        TrastuzumabHistory.Progressed or TrastuzumabHistory.ProgressedAfterResponse or TrastuzumabHistory.NoResponse;
}
