namespace CdsService.Rules.Her2;

using CdsService.Rules.Model;

/// <summary>ASCO/CAP 2018 IHC score when no ISH result is given (docs/clinical-rules.md, "HER2", IHC rows).</summary>
internal static class IhcRules
{
    public static Her2Call Interpret(IhcScore ihc, bool? membraneStaining) => ihc switch
    {
        // 3+: complete, intense circumferential membrane staining in > 10% of cells.
        IhcScore.Three => new(Her2Status.Positive, "IHC 3+ without ISH: HER2 positive."),
        // 2+ is never called from IHC alone: reflex ISH on the same specimen, or a new test on a new one.
        IhcScore.Two => new(Her2Status.Equivocal, "IHC 2+ without ISH: equivocal until reflex ISH is done.", Her2ActionCodes.ReflexIsh),
        IhcScore.One => new(Her2Status.Negative, "IHC 1+ without ISH: HER2 negative."),
        _ => new(Her2Status.Negative, membraneStaining == true
            ? "IHC 0 with faint membrane staining in <= 10% of cells, without ISH: HER2 negative."
            : "IHC 0 without ISH: HER2 negative."),
    };
}
