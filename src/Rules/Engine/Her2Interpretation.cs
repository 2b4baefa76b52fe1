namespace CdsService.Rules.Engine;

using CdsService.Rules.Model;

/// <summary>The ASCO/CAP HER2 call with the basis a pathologist can check.</summary>
public sealed record Her2Interpretation(
    Her2Status Status,
    int? IshGroup,
    bool Her2Low,
    bool Her2Ultralow,
    string Basis,
    string Guideline,
    IReadOnlyList<RequiredAction> RequiredActions,
    IReadOnlyList<Warning> Warnings,
    IReadOnlyList<Citation> Citations);
