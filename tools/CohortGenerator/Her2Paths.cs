namespace CdsService.CohortGenerator;

/// <summary>The HER2 columns of one synthetic patient: one ASCO/CAP path, chosen with clinic-like frequencies.</summary>
internal sealed record Her2Paths(string Ihc, string Staining, string Assay, string Ratio, string CopyNumber, string Recount, string Reported)
{
    private const string DualProbe = "dual-probe";
    private const string SingleProbe = "single-probe";

    // Group representatives: 1 (>=2.0, >=4.0), 2 (>=2.0, <4.0), 3 (<2.0, >=6.0), 4 (<2.0, 4.0-6.0), 5 (<2.0, <4.0).
    private static readonly (string Ratio, string CopyNumber)[] Groups = [("2.6", "5.8"), ("2.2", "3.4"), ("1.6", "6.6"), ("1.7", "4.8"), ("1.2", "2.4")];

    private static readonly (Func<Random, Her2Paths> Make, int Weight)[] Paths =
    [
        (_ => new("3+", "", "", "", "", "", ""), 25),
        (_ => new("2+", "", "", "", "", "", ""), 5),
        (_ => new("1+", "", "", "", "", "", ""), 12),
        (r => new("0", r.Next(2) == 0 ? "true" : "", "", "", "", "", ""), 8),
        (r => Dual(r, ihc: "", recount: ""), 8),
        (r => Dual(r, ihc: CohortWriter.Pick(r, ("3+", 1), ("1+", 1), ("0", 1)), recount: ""), 10),
        (r => Dual(r, ihc: "2+", recount: r.Next(2) == 0 ? "" : (r.Next(5) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), 12),
        (r => new(CohortWriter.Pick(r, ("", 1), ("3+", 1), ("2+", 1), ("1+", 1)), "", SingleProbe, "", CohortWriter.Pick(r, ("7.2", 1), ("5.0", 2), ("3.1", 1)), "", ""), 8),
        (r => new("", "", "", "", "", "", CohortWriter.Pick(r, ("positive", 3), ("negative", 2), ("equivocal", 1))), 10),
        (_ => new("", "", "", "", "", "", ""), 2),
    ];

    public static Her2Paths Pick(Random random)
    {
        var roll = random.Next(Paths.Sum(p => p.Weight));
        foreach (var (make, weight) in Paths)
        {
            if (roll < weight)
                return make(random);
            roll -= weight;
        }
        return Paths[0].Make(random);
    }

    private static Her2Paths Dual(Random random, string ihc, string recount)
    {
        var (ratio, copyNumber) = Groups[random.Next(Groups.Length)];
        // A recount only exists for groups 2-4 with IHC 2+ (docs/clinical-rules.md, "HER2"); elsewhere it would be a contradiction.
        var groupNeedsRecount = ratio is "2.2" || (ratio is "1.6" or "1.7");
        return new(ihc, "", DualProbe, ratio, copyNumber, groupNeedsRecount ? recount : "", "");
    }
}
