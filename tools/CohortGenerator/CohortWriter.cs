namespace CdsService.CohortGenerator;

using System.Globalization;

/// <summary>
/// Synthetic patients: every HER2 path of the ASCO/CAP 2018 tables (IHC only, dual-probe groups 1-5 with and without
/// concurrent IHC and recount, single-probe, reported status, none) and every marker of the panel, mostly normal
/// with the resistance values at rates that give each finding a few percent of the cohort. Not real patients.
/// </summary>
internal static class CohortWriter
{
    public const string Header =
        "patient_id,her2_ihc,her2_ihc_membrane_staining,her2_ish_assay,her2_cep17_ratio,her2_copies_per_cell,her2_recount_group," +
        "her2_reported_status,pten,pik3ca_status,pik3ca_variants,cyclin_e,fcgr3a_158,fcgr2a_131,serum_her2_ecd_ng_ml,p95her2," +
        "egfr,erbb3,igf1r,muc4,cd44,src,p27,trastuzumab_history";

    public static void Write(TextWriter writer, int rows, Random random)
    {
        writer.Write(Header + "\r\n");
        for (var i = 1; i <= rows; i++)
        {
            var her2 = Her2Paths.Pick(random);
            var pik3ca = Pick(random, ("", 30), ("wild-type", 50), ("mutated", 20));
            string[] fields =
            [
                "SYN-" + i.ToString("D6", CultureInfo.InvariantCulture),
                her2.Ihc, her2.Staining, her2.Assay, her2.Ratio, her2.CopyNumber, her2.Recount, her2.Reported,
                Pick(random, ("", 30), ("intact", 55), ("loss", 15)),
                pik3ca,
                pik3ca == "mutated" ? Pick(random, ("H1047R", 40), ("E545K", 25), ("E542K;H1047R", 10), ("N345K", 15), ("", 10)) : "",
                Pick(random, ("", 40), ("normal", 45), ("amplified", 8), ("overexpressed", 7)),
                Pick(random, ("", 50), ("V/V", 15), ("V/F", 25), ("F/F", 10)),
                Pick(random, ("", 50), ("H/H", 15), ("H/R", 25), ("R/R", 10)),
                random.Next(100) < 40 ? (random.NextDouble() * 60).ToString("0.0", CultureInfo.InvariantCulture) : "",
                Pick(random, ("", 50), ("absent", 40), ("present", 10)),
                Expression(random), Expression(random), Expression(random), Expression(random), Expression(random),
                Pick(random, ("", 60), ("normal", 32), ("activated", 8)),
                Pick(random, ("", 50), ("nuclear", 35), ("cytoplasmic", 10), ("low", 5)),
                Pick(random, ("", 20), ("naive", 40), ("responding", 20), ("progressed", 20)),
            ];
            writer.Write(string.Join(',', fields));
            writer.Write("\r\n");
        }
    }

    private static string Expression(Random random) => Pick(random, ("", 55), ("normal", 37), ("overexpressed", 8));

    internal static string Pick(Random random, params (string Value, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (roll < weight)
                return value;
            roll -= weight;
        }
        return choices[^1].Value;
    }
}
