namespace CdsService.Fhir.Inbound;

using CdsService.Fhir.Terminology;
using CdsService.Rules.Model;

/// <summary>Turns the winning facts into the <see cref="PatientPanel"/> the rules read, checking the ISH pairing rules of docs/clinical-rules.md, "HER2".</summary>
internal static class PanelBuilder
{
    private const double SameTestTolerance = 1;

    public static PatientPanel Build(IReadOnlyList<Fact> winners, MappingContext context)
    {
        var byField = winners.ToDictionary(w => w.Field, StringComparer.Ordinal);
        T? Get<T>(string field) where T : struct => byField.TryGetValue(field, out var f) ? (T)f.Value : null;

        return new PatientPanel
        {
            Her2 = Her2(byField, context),
            Pik3ca = Pik3ca(winners),
            Pten = Get<PtenStatus>(MarkerIds.Pten),
            CyclinE = Get<CyclinEStatus>(MarkerIds.CyclinE),
            Fcgr3a158 = Get<Fcgr3a158Genotype>(MarkerIds.Fcgr3a158),
            Fcgr2a131 = Get<Fcgr2a131Genotype>(MarkerIds.Fcgr2a131),
            SerumHer2EcdNgPerMl = Get<double>(PanelFields.SerumHer2Ecd),
            Egfr = Get<ExpressionLevel>(MarkerIds.Egfr),
            Erbb3 = Get<ExpressionLevel>(MarkerIds.Erbb3),
            Igf1r = Get<ExpressionLevel>(MarkerIds.Igf1r),
            Muc4 = Get<ExpressionLevel>(MarkerIds.Muc4),
            Cd44 = Get<ExpressionLevel>(MarkerIds.Cd44),
            Src = Get<SrcActivity>(MarkerIds.Src),
            P27 = Get<P27Localization>(MarkerIds.P27),
        };
    }

    /// <summary>False for a PIK3CA "not detected" fact when a detected variant decides the status.</summary>
    public static bool Applied(Fact fact, IReadOnlyList<Fact> winners) =>
        !fact.Field.StartsWith(PanelFields.Pik3caWildType + ":", StringComparison.Ordinal) || !winners.Any(IsVariant);

    private static bool IsVariant(Fact f) => f.Field.StartsWith(PanelFields.Pik3caVariant + ":", StringComparison.Ordinal);

    private static Pik3caResult? Pik3ca(IReadOnlyList<Fact> winners)
    {
        var variants = winners.Where(IsVariant).ToList();
        if (variants.Count > 0)
        {
            return new Pik3caResult(Pik3caStatus.Mutated, variants.Select(v => v.Value).OfType<string>().Distinct(StringComparer.Ordinal).ToList());
        }

        return winners.Any(w => w.Field.StartsWith(PanelFields.Pik3caWildType + ":", StringComparison.Ordinal)) ? new Pik3caResult(Pik3caStatus.WildType) : null;
    }

    private static Her2Tests? Her2(Dictionary<string, Fact> byField, MappingContext context)
    {
        byField.TryGetValue(PanelFields.Her2IshRatio, out var ratio);
        byField.TryGetValue(PanelFields.Her2IshCopies, out var copies);
        byField.TryGetValue(PanelFields.Her2ReportedStatus, out var status);
        byField.TryGetValue(PanelFields.Her2Ihc, out var ihc);
        IshResult? ish = null;
        if (ratio is not null && copies is null)
        {
            context.Error(PanelFields.Her2IshCopies, $"a dual-probe ISH result needs the mean HER2 copies per cell (LOINC {Loinc.Her2CopiesPerNucleus}) with the HER2/CEP17 ratio", ratio.Source);
        }
        else if (copies is not null)
        {
            ish = new IshResult(ratio is null ? IshAssay.SingleProbe : IshAssay.DualProbe, (double?)ratio?.Value, (double)copies.Value);
            if (ratio?.Effective is { } r && copies.Effective is { } c && Math.Abs((r - c).TotalDays) > SameTestTolerance)
            {
                context.Warn(PanelFields.Her2Ish, "the HER2/CEP17 ratio and the HER2 copy number come from Observations on different dates; check they are one test", copies.Source);
            }
        }

        if (ihc?.Value is IhcScore.Two && ish is null && status is { Rank: PanelFields.RankIshQualitative })
        {
            context.Warn(PanelFields.Her2Ish, "ISH is reported only as a qualitative result; the ASCO/CAP call on IHC 2+ needs the ratio (49683-6) and copies per nucleus (74860-8)", status.Source);
        }

        var tests = new Her2Tests(
            (IhcScore?)ihc?.Value,
            byField.TryGetValue(PanelFields.Her2IhcMembraneStaining, out var st) ? (bool)st.Value : null,
            ish,
            (Her2Status?)status?.Value);
        return tests.HasAnyValue ? tests : null;
    }
}
