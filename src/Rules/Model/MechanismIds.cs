namespace CdsService.Rules.Model;

/// <summary>Mechanism vocabulary of docs/clinical-rules.md (the review's Figure 1b and text).</summary>
public static class MechanismIds
{
    public const string Pi3kHyperactivation = "pi3k-hyperactivation";
    public const string EpitopeLoss = "epitope-loss";
    public const string AlternativeRtkSignaling = "alternative-rtk-signaling";
    public const string CellCycleEscape = "cell-cycle-escape";
    public const string ImmuneEvasion = "immune-evasion";
    public const string ReducedReceptorDownregulation = "reduced-receptor-downregulation";

    public static IReadOnlyList<string> All { get; } =
    [
        Pi3kHyperactivation, EpitopeLoss, AlternativeRtkSignaling, CellCycleEscape, ImmuneEvasion, ReducedReceptorDownregulation,
    ];
}
