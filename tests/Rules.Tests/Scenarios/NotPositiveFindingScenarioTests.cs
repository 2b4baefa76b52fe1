namespace CdsService.Rules.Tests.Scenarios;

using CdsService.Rules.Model;

/// <summary>
/// Findings when HER2 is not positive (docs/clinical-rules.md, "Findings when HER2 is not positive"): still listed, but
/// each says first that the review's resistance reading does not apply, and advice about HER2-directed therapy is
/// marked as advice for HER2-positive disease only; a HER2-negative patient with a PI3K-pathway finding gets the
/// later HR-positive/HER2-negative approvals as a note.
/// </summary>
public sealed class NotPositiveFindingScenarioTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    [Fact]
    public void Evaluate_Her2NegativeWithActivatingPik3ca_FindingQualifiedAndLaterApprovalsNoted()
    {
        var evaluation = fixture.Evaluate(PanelBuilder.Patient().Ihc(IhcScore.One).Pik3ca(Pik3caStatus.Mutated, "NM_006218.4:p.Glu545Lys"));

        var finding = Assert.Single(evaluation.Findings);
        Assert.StartsWith(
            "HER2 is negative: the review describes this finding in HER2-positive disease treated with trastuzumab; it is not a reason to choose or avoid one of the review's options for this patient. ",
            finding.Summary,
            StringComparison.Ordinal);
        Assert.All(finding.Currency.Where(n => n.ClinicianNote is not null),
            n => Assert.StartsWith("For HER2-positive disease only: ", n.ClinicianNote, StringComparison.Ordinal));
        var note = Assert.Single(evaluation.Notes, n => n.Code == "her2-negative-pi3k-approvals");
        Assert.Equal(
            ["n4-alpelisib-fda-2019-05", "n5-capivasertib-fda-2023-11", "n6-inavolisib-fda-2024-10", "n7-pi3k-akt-mtor-approvals-her2-negative"],
            note.Currency.Select(n => n.Id).Order(StringComparer.Ordinal));
        Assert.Empty(evaluation.Options);
    }

    [Fact]
    public void Evaluate_Her2EquivocalWithPtenLoss_FindingSaysItBearsOnTreatmentOnlyIfConfirmedPositive()
    {
        var evaluation = fixture.Evaluate(PanelBuilder.Patient().Ihc(IhcScore.Two).Pten(PtenStatus.Loss));

        Assert.StartsWith("HER2 status is not final: ", Assert.Single(evaluation.Findings).Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(evaluation.Notes, n => n.Code == "her2-negative-pi3k-approvals");
    }

    [Fact]
    public void Evaluate_Her2PositiveWithPtenLoss_FindingAndAdviceUnqualified()
    {
        var evaluation = fixture.Evaluate(PanelBuilder.Her2Positive().Pten(PtenStatus.Loss));

        var finding = Assert.Single(evaluation.Findings);
        Assert.DoesNotContain("HER2 is negative", finding.Summary, StringComparison.Ordinal);
        Assert.Contains(finding.Currency, n => n.ClinicianNote == "Give pertuzumab-based first-line therapy regardless of PIK3CA/PTEN status.");
        Assert.DoesNotContain(evaluation.Notes, n => n.Code == "her2-negative-pi3k-approvals");
    }
}
