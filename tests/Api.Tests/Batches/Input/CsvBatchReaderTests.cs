namespace CdsService.Api.Tests.Batches.Input;

using System.Text;
using CdsService.Api.Batches.Input;

public sealed class CsvBatchReaderTests
{
    private static ParsedBatch Read(string csv, int maxRows = 100) => CsvBatchReader.Read(Encoding.UTF8.GetBytes(csv), maxRows);

    [Fact]
    public void Read_AllColumnsAnyOrder_MapsToTheRestContract()
    {
        var batch = Read(
            "pten,patient_id,her2_ihc,her2_ish_assay,her2_cep17_ratio,her2_copies_per_cell,her2_recount_group,pik3ca_status,pik3ca_variants,serum_her2_ecd_ng_ml,her2_ihc_membrane_staining\r\n" +
            "loss,TB-1,2+,dual-probe,2.3,4.6,3,mutated,\"H1047R; E545K\",32.5,false\r\n");

        var request = Assert.Single(batch.Rows).Request!;
        Assert.Equal("TB-1", request.PatientId);
        Assert.Equal("loss", request.Pten);
        Assert.Equal("2+", request.Her2!.Ihc);
        Assert.False(request.Her2.IhcMembraneStaining);
        Assert.Equal("dual-probe", request.Her2.Ish!.Assay);
        Assert.Equal(2.3, request.Her2.Ish.Her2Cep17Ratio);
        Assert.Equal(4.6, request.Her2.Ish.MeanHer2CopiesPerCell);
        Assert.Equal(3, request.Her2.Ish.RecountGroup);
        Assert.Equal(["H1047R", "E545K"], request.Pik3ca!.Variants!);
        Assert.Equal(32.5, request.SerumHer2Ecd!.Value);
        Assert.Equal("ng/mL", request.SerumHer2Ecd.Unit);
        Assert.Equal(2, batch.Rows[0].Row);
    }

    [Fact]
    public void Read_EmptyCells_AreNotGiven()
    {
        var request = Read("patient_id,her2_ihc,her2_ish_assay,pten,pik3ca_variants\nTB-2,3+,,,\n").Rows[0].Request!;

        Assert.Null(request.Her2!.Ish);
        Assert.Null(request.Pten);
        Assert.Null(request.Pik3ca);
    }

    [Fact]
    public void Read_UnknownColumnAndBom_WarnsAndIgnores()
    {
        var batch = Read("\uFEFFPatient_ID,her2_ihc,ward\nTB-3,3+,B4\n");

        Assert.Equal(["Unknown column 'ward' ignored."], batch.Warnings);
        Assert.Equal("TB-3", batch.Rows[0].Request!.PatientId);
    }

    [Theory]
    [InlineData("her2_cep17_ratio", "2,3", "Must be a number written with a decimal point, e.g. 2.3.")]
    [InlineData("her2_recount_group", "two", "Must be a whole number.")]
    [InlineData("her2_ihc_membrane_staining", "maybe", "Must be true or false.")]
    public void Read_CellThatIsNotItsType_RowErrorNamesTheColumn(string column, string value, string message)
    {
        var row = Read($"patient_id,{column}\nTB-4,\"{value}\"\n").Rows[0];

        Assert.Null(row.Request);
        var error = Assert.Single(row.Errors);
        Assert.Equal(new RowError(2, column, error.Field, message), error);
    }

    [Fact]
    public void Read_RowWithTooFewFields_RowErrorAndOtherRowsKept()
    {
        var batch = Read("patient_id,her2_ihc,pten\nTB-5,3+\nTB-6,3+,loss\n");

        Assert.Equal("The row has 2 fields but the header has 3.", Assert.Single(batch.Rows[0].Errors).Message);
        Assert.True(batch.Rows[1].IsValid);
        Assert.Equal(3, batch.Rows[1].Row);
    }

    [Fact]
    public void Read_StrayQuote_ThatRowFailsOnly()
    {
        var batch = Read("patient_id,her2_ihc\nTB-7,3\"+\nTB-8,3+\n");

        Assert.StartsWith("Malformed CSV quoting", Assert.Single(batch.Rows[0].Errors).Message);
        Assert.True(batch.Rows[1].IsValid);
    }

    [Theory]
    [InlineData("", "The file is empty")]
    [InlineData("name,ward\nJane,B4\n", "The first row names no known column")]
    [InlineData("TB-1,3+,loss\nTB-2,2+,intact\n", "The first row names no known column")]
    [InlineData("{\"patientId\":\"x\",\"pten\":\"loss\"}\n", "The first row names no known column")]
    [InlineData("patient_id,her2_ihc\n", "The file has a header but no patient rows.")]
    [InlineData("patient_id,pten,PTEN\nx,loss,loss\n", "The column 'pten' appears more than once")]
    public void Read_NotABatchCsv_Throws400(string csv, string message)
    {
        var e = Assert.Throws<BatchInputException>(() => Read(csv));

        Assert.Equal(400, e.StatusCode);
        Assert.StartsWith(message, e.Message);
    }

    [Fact]
    public void Read_BinaryFile_Throws400()
    {
        byte[] xlsx = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xFF, 0xFE];

        var e = Assert.Throws<BatchInputException>(() => CsvBatchReader.Read(xlsx, 10));

        Assert.Equal(400, e.StatusCode);
    }

    [Fact]
    public void Read_MoreRowsThanTheLimit_Throws413()
    {
        var e = Assert.Throws<BatchInputException>(() => Read("patient_id,pten\na,loss\nb,loss\nc,loss\n", maxRows: 2));

        Assert.Equal(413, e.StatusCode);
        Assert.Equal("The file has more than 2 patient rows; split it into several batches.", e.Message);
    }
}
