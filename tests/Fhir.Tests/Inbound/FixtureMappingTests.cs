namespace CdsService.Fhir.Tests.Inbound;

using CdsService.Fhir.Inbound;
using CdsService.Rules.Model;

public sealed class FixtureMappingTests
{
    [Fact]
    public void Map_GenomicsReportingExample_FindsPik3caActivatingMutationAndNoHer2()
    {
        var result = Fixtures.Map(Fixtures.GenomicsReportingExample);

        Assert.False(result.HasErrors);
        Assert.Equal(Pik3caStatus.Mutated, result.Panel.Pik3ca!.Status);
        Assert.Contains("H1047R", result.Panel.Pik3ca.Variants);
        Assert.Contains("K111N", result.Panel.Pik3ca.Variants);
        Assert.Null(result.Panel.Her2);
        Assert.Equal([MarkerIds.Pik3ca], result.Panel.InputsGiven());
        Assert.Equal(2, result.Used.Count);
        Assert.All(result.Used, u => Assert.StartsWith("urn:uuid:", u.Reference, StringComparison.Ordinal));
        Assert.Contains(result.Used, u => u.Reference == "urn:uuid:dac358c3-403a-4dbb-b478-4259aed882ae" && u.Value == "H1047R detected");
        // The other ten variants (NRAS, FBXW7, KMT2D, ...) are listed, not errors; the synonymous IRS2 one too.
        Assert.Equal(10, result.NotUnderstood.Count + result.Ignored.Count);
        Assert.Contains(result.NotUnderstood, n => n.Reason.Contains("NRAS", StringComparison.Ordinal));
        Assert.Equal("11111", result.Panel.PatientId);
    }

    [Fact]
    public void Map_McodeHer2ErPr_StatusComponentWinsOverOlderIhcAndErPrAreIgnored()
    {
        var result = Fixtures.Map(Fixtures.McodeHer2ErPr);

        Assert.False(result.HasErrors);
        Assert.Equal(new Her2Tests(IhcScore.Three, null, null, Her2Status.Positive), result.Panel.Her2);
        Assert.Equal("jenny-m", result.Panel.PatientId);
        var ihc = Assert.Single(result.Used, u => u.Field == "her2.ihc");
        Assert.Equal("http://hospital.example.org/fhir/Observation/her2-status", ihc.Reference);
        Assert.Equal("3+", ihc.Value);
        Assert.Contains(result.Ignored, i => i.ResourceId == "her2-ihc-2023" && i.Reason.Contains("more recent", StringComparison.Ordinal));
        Assert.Contains(result.Ignored, i => i.ResourceId == "her2-ihc-error" && i.Reason == "status is entered-in-error");
        Assert.Contains(result.Ignored, i => i.ResourceId == "er" && i.Reason.Contains("hormone-receptor", StringComparison.Ordinal));
        Assert.Contains(result.Ignored, i => i.ResourceId == "pr");
        Assert.Empty(result.NotUnderstood);
    }

    [Fact]
    public void Map_Her2FishPanel_ReadsMembersThroughHasMemberAsDualProbe()
    {
        var result = Fixtures.Map(Fixtures.Her2FishPanel);

        Assert.False(result.HasErrors);
        var her2 = result.Panel.Her2!;
        Assert.Equal(IhcScore.Two, her2.Ihc);
        Assert.Equal(new IshResult(IshAssay.DualProbe, 2.4, 4.8), her2.Ish);
        Assert.Equal(Her2Status.Positive, her2.ReportedStatus);
        Assert.Contains(result.Used, u => u.ResourceId == "fish-panel" && u.Field == "her2.ish");
        var ratio = Assert.Single(result.Used, u => u.Field == "her2.ish.her2Cep17Ratio");
        Assert.Equal(new DateTimeOffset(2024, 4, 15, 0, 0, 0, TimeSpan.Zero), ratio.Effective);
        Assert.Contains(result.Ignored, i => i.ResourceId == "fish-cep17-cn");
        Assert.All(result.Used, u => Assert.Equal(MarkerIds.Her2, u.MarkerId));
    }

    [Fact]
    public void Map_PtenIhcInParameters_ReadsBiomarkersByGeneStudied()
    {
        var result = Fixtures.Map(Fixtures.PtenIhcParameters);

        Assert.False(result.HasErrors);
        Assert.Equal(PtenStatus.Loss, result.Panel.Pten);
        Assert.Equal(CyclinEStatus.Overexpressed, result.Panel.CyclinE);
        Assert.Equal(new[] { "E545K" }, result.Panel.Pik3ca!.Variants);
        Assert.Equal("p-pten", result.Panel.PatientId);
        Assert.Equal(3, result.Used.Count);
    }

    [Fact]
    public void Map_FcgrGenotype_KeysOnDbSnpAndAminoAcidsNotPositions()
    {
        var result = Fixtures.Map(Fixtures.FcgrGenotype);

        Assert.Equal(Fcgr3a158Genotype.VF, result.Panel.Fcgr3a158);
        Assert.Equal(Fcgr2a131Genotype.HR, result.Panel.Fcgr2a131);
        Assert.Contains(result.Used, u => u.ResourceId == "fcgr2a-genotype" && u.Value == "H/R");
        Assert.Contains(result.NotUnderstood, n => n.ResourceId == "fcgr2a-variant");
    }

    [Fact]
    public void Map_SerumEcdUnits_ConvertsAndMostRecentWins()
    {
        var result = Fixtures.Map(Fixtures.SerumEcdUnits);

        Assert.False(result.HasErrors);
        Assert.Equal(18.5, result.Panel.SerumHer2EcdNgPerMl);
        var used = Assert.Single(result.Used);
        Assert.Equal("ecd-2024", used.ResourceId);
        Assert.Equal("18.5 ng/mL (from 18.5 ug/L)", used.Value);
        Assert.Equal(2, result.Ignored.Count(i => i.Reason.Contains("superseded", StringComparison.Ordinal)));
    }

    [Fact]
    public void Map_SerumEcdActivityUnit_IsRejectedWithAClearMessage()
    {
        var result = Fixtures.Map(Fixtures.SerumEcdActivityUnit);

        var error = Assert.Single(result.Errors);
        Assert.Equal("serumHer2Ecd", error.Field);
        Assert.Contains("'U/mL' is an activity unit", error.Message, StringComparison.Ordinal);
        Assert.Contains("ng/mL", error.Message, StringComparison.Ordinal);
        Assert.Null(result.Panel.SerumHer2EcdNgPerMl);
    }

    [Fact]
    public void Map_TwoPatients_IsAnErrorForOneEvaluation()
    {
        var result = Fixtures.Map(Fixtures.TwoPatients);

        var error = Assert.Single(result.Errors);
        Assert.Equal("patient", error.Field);
    }

    [Fact]
    public void MapPerPatient_TwoPatients_MatchesObservationsBySubject()
    {
        var split = PatientPanelMapper.MapPerPatient(Fixtures.Read(Fixtures.TwoPatients));

        Assert.Equal(2, split.Patients.Count);
        Assert.Equal("pa", split.Patients[0].Panel.PatientId);
        Assert.Equal(IhcScore.Three, split.Patients[0].Panel.Her2!.Ihc);
        Assert.Null(split.Patients[0].Panel.Pten);
        Assert.Equal(IhcScore.One, split.Patients[1].Panel.Her2!.Ihc);
        Assert.Equal(PtenStatus.Loss, split.Patients[1].Panel.Pten);
        var stray = Assert.Single(split.Unassigned);
        Assert.Equal("c-ihc", stray.ResourceId);
    }
}
