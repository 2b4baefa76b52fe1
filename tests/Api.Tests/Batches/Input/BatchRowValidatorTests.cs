namespace CdsService.Api.Tests.Batches.Input;

using System.Text;
using CdsService.Api.Batches.Input;
using CdsService.Api.Recommendations;
using CdsService.Api.Recommendations.Contracts;
using CdsService.Rules.Model;

/// <summary>A CSV row is judged by the REST validator; its field paths come back as the CSV columns of docs/batches.md.</summary>
public sealed class BatchRowValidatorTests
{
    private static readonly BatchRowValidator Validator = new(new RecommendationRequestValidator());

    private static ParsedRow Validate(string header, string row) =>
        Validator.Validate(CsvBatchReader.Read(Encoding.UTF8.GetBytes(header + "\n" + row + "\n"), 10).Rows[0], csv: true, RankingLens.Current);

    [Theory]
    [InlineData("her2_ihc", "4+", "her2_ihc", "her2.ihc")]
    [InlineData("pten", "absent", "pten", "pten")]
    [InlineData("fcgr3a_158", "V/X", "fcgr3a_158", "fcgr3a158")]
    [InlineData("serum_her2_ecd_ng_ml", "-1", "serum_her2_ecd_ng_ml", "serumHer2Ecd.value")]
    [InlineData("p27", "gone", "p27", "p27")]
    [InlineData("trastuzumab_history", "relapsed", "trastuzumab_history", "trastuzumabHistory")]
    public void Validate_ValueOutsideTheContract_ErrorNamesColumnAndField(string column, string value, string expectedColumn, string expectedField)
    {
        var row = Validate("patient_id," + column, "TB-1," + value);

        Assert.Null(row.Request);
        var error = Assert.Single(row.Errors);
        Assert.Equal(2, error.Row);
        Assert.Equal(expectedColumn, error.Column);
        Assert.Equal(expectedField, error.Field);
    }

    [Fact]
    public void Validate_DualProbeWithoutCopyNumber_PointsAtTheCopyNumberColumn()
    {
        var row = Validate("her2_ish_assay,her2_cep17_ratio,her2_copies_per_cell", "dual-probe,2.3,");

        var error = Assert.Single(row.Errors);
        Assert.Equal("her2_copies_per_cell", error.Column);
        Assert.Equal("Required for a dual-probe assay.", error.Message);
    }

    [Fact]
    public void Validate_VariantsWithoutStatus_PointsAtTheStatusColumn()
    {
        var row = Validate("pik3ca_status,pik3ca_variants", ",H1047R");

        Assert.Equal("pik3ca_status", Assert.Single(row.Errors).Column);
    }

    [Fact]
    public void Validate_OnlyPatientId_WholeRowError()
    {
        var row = Validate("patient_id,pten", "TB-9,");

        var error = Assert.Single(row.Errors);
        Assert.Null(error.Column);
        Assert.Null(error.Field);
        Assert.StartsWith("Give at least one biomarker", error.Message);
    }

    [Fact]
    public void Validate_ValidRow_Unchanged()
    {
        var row = Validate("patient_id,her2_ihc,pten", "TB-10,3+,loss");

        Assert.True(row.IsValid);
    }

    [Theory]
    [InlineData("naive")]
    [InlineData("responding")]
    [InlineData("progressed-after-response")]
    [InlineData("no-response")]
    [InlineData("progressed")]
    public void Validate_EachTrastuzumabHistory_IsAccepted(string history)
    {
        var row = Validate("patient_id,her2_ihc,trastuzumab_history", "TB-11,3+," + history);

        Assert.True(row.IsValid);
        Assert.Equal(history, row.Request!.TrastuzumabHistory);
    }

    [Fact]
    public void Validate_Pik3caClassification_FillsTheRestField()
    {
        var row = Validate("patient_id,her2_ihc,pik3ca_status,pik3ca_variants,pik3ca_classification", "TB-12,3+,mutated,K111N,likely-pathogenic");

        Assert.True(row.IsValid);
        Assert.Equal("likely-pathogenic", row.Request!.Pik3ca!.Classification);
    }

    [Fact]
    public void Validate_UnknownPik3caClassification_ErrorNamesColumnAndField()
    {
        var row = Validate("patient_id,pik3ca_status,pik3ca_variants,pik3ca_classification", "TB-13,mutated,K111N,probably");

        var error = Assert.Single(row.Errors);
        Assert.Equal("pik3ca_classification", error.Column);
        Assert.Equal("pik3ca.classification", error.Field);
    }

    [Fact]
    public void Validate_NdjsonRowAskingForAnotherLens_IsARowErrorNamingRanking()
    {
        var parsed = new ParsedRow(3, new RecommendationRequest { Pten = "loss", Ranking = "review" }, []);

        var row = Validator.Validate(parsed, csv: false, RankingLens.Current);

        var error = Assert.Single(row.Errors);
        Assert.Equal("ranking", error.Field);
        Assert.Contains("whole batch", error.Message, StringComparison.Ordinal);
        Assert.True(Validator.Validate(parsed, csv: false, RankingLens.Review).IsValid);
    }
}
