namespace CdsService.Rules.Her2;

using CdsService.Rules.Model;

/// <summary>ASCO/CAP 2018 single-probe ISH: mean HER2 copies per cell with concurrent IHC (docs/clinical-rules.md, "HER2", single-probe rows).</summary>
internal static class SingleProbeIshRules
{
    private const string Assay = "Single-probe";

    public static Her2Call Interpret(IshResult ish, IhcScore? ihc)
    {
        if (ish.MeanHer2CopiesPerCell is not { } copies)
        {
            return IshValueCheck.Unusable(Assay, "without mean HER2 copies per cell");
        }

        // A single-probe assay has no CEP17 signal: a ratio means the assay is mislabelled, and the two
        // assays call groups 2-4 differently, so no status is guessed.
        if (ish.Her2Cep17Ratio is not null)
        {
            return IshValueCheck.Unusable(Assay, "reported with a HER2/CEP17 ratio, which only a dual-probe assay gives");
        }

        if (!IshValueCheck.IsValidCopies(copies))
        {
            return IshValueCheck.Unusable(Assay, IshValueCheck.Invalid("mean HER2 copies per cell", copies));
        }

        var cn = Her2Format.Number(copies);
        var ihcClause = Her2Format.IhcClause(ihc);
        if (copies >= Her2Thresholds.HighCopies)
        {
            return High("Single-probe ISH (mean HER2 copies " + cn + " >= 6.0)" + ihcClause, ihc);
        }

        return copies < Her2Thresholds.LowCopies
            ? Low("Single-probe ISH (mean HER2 copies " + cn + " < 4.0)" + ihcClause, ihc)
            : Middle("Single-probe ISH (4.0 <= mean HER2 copies " + cn + " < 6.0)" + ihcClause, ihc);
    }

    // CN >= 6.0 is positive; with IHC 0/1+ it is flagged like dual-probe group 1, the same amplification-without-protein discordance.
    private static Her2Call High(string finding, IhcScore? ihc) =>
        ihc is IhcScore.Zero or IhcScore.One
            ? new(Her2Status.Positive, finding + ": HER2 positive; the IHC score is discordant with ISH.", Discordant: true)
            : new(Her2Status.Positive, finding + ": HER2 positive.");

    // CN < 4.0 is ISH-negative; IHC 3+ is positive on its own (IHC table), flagged like dual-probe group 5 with IHC 3+.
    private static Her2Call Low(string finding, IhcScore? ihc) =>
        ihc is IhcScore.Three
            ? new(Her2Status.Positive, finding + ": HER2 positive on IHC 3+, discordant with ISH.", Discordant: true)
            : new(Her2Status.Negative, finding + ": HER2 negative.");

    // 4.0 <= CN < 6.0: IHC 3+ positive, IHC 0/1+ negative; IHC 2+ or no IHC needs a dual-probe assay.
    private static Her2Call Middle(string finding, IhcScore? ihc) => ihc switch
    {
        IhcScore.Three => new(Her2Status.Positive, finding + ": HER2 positive."),
        IhcScore.Zero or IhcScore.One => new(Her2Status.Negative, finding + ": HER2 negative."),
        _ => new(Her2Status.Pending, finding + ": pending until a dual-probe ISH assay is done.", Her2ActionCodes.DualProbeIsh),
    };
}
