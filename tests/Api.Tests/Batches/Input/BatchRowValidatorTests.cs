namespace CdsService.Api.Tests.Batches.Input;

using System.Text;
using CdsService.Api.Batches.Input;
using CdsService.Api.Recommendations;

/// <summary>A CSV row is judged by the REST validator; its field paths come back as the CSV columns of batch-csv.md.</summary>
public sealed class BatchRowValidatorTests
{
    private static readonly BatchRowValidator Validator = new(new RecommendationRequestValidator());

    private static ParsedRow Validate(string header, string row) =>
        Validator.Validate(CsvBatchReader.Read(Encoding.UTF8.GetBytes(header + "\n" + row + "\n"), 10).Rows[0], csv: true);

    [Theory]
    [InlineData("her2_ihc", "4+", "her2_ihc", "her2.ihc")]
    [InlineData("pten", "absent", "pten", "pten")]
    [InlineData("fcgr3a_158", "V/X", "fcgr3a_158", "fcgr3a158")]
    [InlineData("serum_her2_ecd_ng_ml", "-1", "serum_her2_ecd_ng_ml", "serumHer2Ecd.value")]
    [InlineData("p27", "gone", "p27", "p27")]
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
}
