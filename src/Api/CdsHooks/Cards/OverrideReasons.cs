namespace CdsService.Api.CdsHooks.Cards;

using CdsService.Api.CdsHooks.Contracts;
using CdsService.Fhir.Terminology;

/// <summary>
/// The override reasons offered on critical cards (docs/cds-hooks.md, "Override reasons"). CDS Hooks 2.0 has no
/// standard vocabulary (its suggested code system is still a ballot item), so the codes are the service's own and the
/// feedback endpoint stores whichever one the clinician picked.
/// </summary>
public static class OverrideReasons
{
    public static IReadOnlyList<Coding> All { get; } =
    [
        new(LocalCodeSystems.OverrideReason, "already-discussed", "Already discussed with the patient or the tumour board"),
        new(LocalCodeSystems.OverrideReason, "patient-declined", "Patient declined the alternative"),
        new(LocalCodeSystems.OverrideReason, "data-outdated", "The HER2 result shown is outdated or wrong"),
        new(LocalCodeSystems.OverrideReason, "other", "Other reason (see comment)"),
    ];
}
