namespace CdsService.Rules.Her2;

using System.Globalization;
using CdsService.Rules.Model;

/// <summary>ASCO/CAP 2018 dual-probe ISH groups 1-5 combined with concurrent IHC (docs/clinical-rules.md, "HER2", dual-probe rows).</summary>
internal static class DualProbeIshRules
{
    private const string Assay = "Dual-probe";

    public static Her2Call Interpret(IshResult ish, IhcScore? ihc)
    {
        if (ish.Her2Cep17Ratio is not { } ratio)
        {
            return IshValueCheck.Unusable(Assay, ish.MeanHer2CopiesPerCell is null
                ? "without a HER2/CEP17 ratio or mean HER2 copies per cell"
                : "without a HER2/CEP17 ratio");
        }

        if (ish.MeanHer2CopiesPerCell is not { } copies)
        {
            return IshValueCheck.Unusable(Assay, "without mean HER2 copies per cell");
        }

        if (!IshValueCheck.IsValidRatio(ratio))
        {
            return IshValueCheck.Unusable(Assay, IshValueCheck.Invalid("HER2/CEP17 ratio", ratio));
        }

        if (!IshValueCheck.IsValidCopies(copies))
        {
            return IshValueCheck.Unusable(Assay, IshValueCheck.Invalid("mean HER2 copies per cell", copies));
        }

        var group = IshGroupClassifier.Classify(ratio, copies);
        var finding = Describe(group, ratio, copies) + Her2Format.IhcClause(ihc);
        return group switch
        {
            1 => Group1(finding, ihc),
            5 => Group5(finding, ihc),
            _ => Groups2To4(group, finding, ihc, ish.RecountGroup),
        };
    }

    // Row 1: amplified by ratio and copies, positive whatever the IHC; IHC 0/1+ is a discordance to review.
    private static Her2Call Group1(string finding, IhcScore? ihc) =>
        ihc is IhcScore.Zero or IhcScore.One
            ? new(Her2Status.Positive, finding + ": HER2 positive; the IHC score is discordant with ISH group 1.", IshGroup: 1, Discordant: true)
            : new(Her2Status.Positive, finding + ": HER2 positive.", IshGroup: 1);

    // Row 5: not amplified, negative unless IHC 3+ (protein overexpression alone is positive), which is discordant.
    private static Her2Call Group5(string finding, IhcScore? ihc) =>
        ihc is IhcScore.Three
            ? new(Her2Status.Positive, finding + ": HER2 positive on IHC 3+, discordant with ISH group 5.", IshGroup: 5, Discordant: true)
            : new(Her2Status.Negative, finding + ": HER2 negative.", IshGroup: 5);

    // Rows 2-4: the call depends on concurrent IHC of the same specimen, and for IHC 2+ on a blinded recount.
    private static Her2Call Groups2To4(int group, string finding, IhcScore? ihc, int? recountGroup) => ihc switch
    {
        null => new(Her2Status.Pending, finding + ": pending; groups 2-4 are called only with concurrent IHC.", Her2ActionCodes.ConcurrentIhc, group),
        IhcScore.Three => new(Her2Status.Positive, finding + ": HER2 positive.", IshGroup: group),
        IhcScore.Two => Recount(group, finding, recountGroup),
        _ => new(Her2Status.Negative, finding + ": HER2 negative.", IshGroup: group, CommentId: CommentFor(group)),
    };

    // IHC 2+ in groups 2-4: a second observer recounts blinded; the same group confirms the group's call
    // (group 3 positive, groups 2 and 4 negative with comment); another group goes to internal adjudication.
    private static Her2Call Recount(int group, string finding, int? recountGroup)
    {
        if (recountGroup is not { } recount)
        {
            return new(Her2Status.Pending, finding + ": pending until a blinded recount by a second observer.", Her2ActionCodes.BlindedRecount, group);
        }

        var withRecount = finding + string.Create(CultureInfo.InvariantCulture, $" and blinded recount group {recount}");
        if (!IshGroupClassifier.IsGroup(recount))
        {
            return new(Her2Status.Indeterminate, withRecount + ", which is not an ASCO/CAP group (1-5): HER2 status cannot be derived.", Her2ActionCodes.Her2Testing, group);
        }

        if (recount != group)
        {
            return new(Her2Status.Indeterminate, withRecount + ", which differs from the first count: indeterminate until adjudicated.", Her2ActionCodes.Adjudicate, group);
        }

        return group == 3
            ? new(Her2Status.Positive, withRecount + " (confirmed): HER2 positive.", IshGroup: group)
            : new(Her2Status.Negative, withRecount + " (confirmed): HER2 negative.", IshGroup: group, CommentId: CommentFor(group));
    }

    private static string CommentFor(int group) => group switch
    {
        2 => Her2StatementIds.CommentGroup2,
        3 => Her2StatementIds.CommentGroup3,
        _ => Her2StatementIds.CommentGroup4,
    };

    private static string Describe(int group, double ratio, double copies)
    {
        var r = Her2Format.Number(ratio);
        var cn = Her2Format.Number(copies);
        var ratioPart = ratio >= Her2Thresholds.Ratio ? $"HER2/CEP17 ratio {r} >= 2.0" : $"HER2/CEP17 ratio {r} < 2.0";
        var copiesPart = group switch
        {
            1 => $"mean HER2 copies {cn} >= 4.0",
            3 => $"mean HER2 copies {cn} >= 6.0",
            4 => $"4.0 <= mean HER2 copies {cn} < 6.0",
            _ => $"mean HER2 copies {cn} < 4.0",
        };
        return string.Create(CultureInfo.InvariantCulture, $"Dual-probe ISH group {group} ({ratioPart}, {copiesPart})");
    }
}
