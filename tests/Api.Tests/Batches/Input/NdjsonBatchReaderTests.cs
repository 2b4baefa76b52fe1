namespace CdsService.Api.Tests.Batches.Input;

using System.Text;
using System.Text.Json;
using CdsService.Api.Batches.Input;

public sealed class NdjsonBatchReaderTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static ParsedBatch Read(string text, int maxRows = 10) => NdjsonBatchReader.Read(Encoding.UTF8.GetBytes(text), Web, maxRows);

    [Fact]
    public void Read_PanelsWithBlankLines_RowIsTheLineNumber()
    {
        var batch = Read("{\"patientId\":\"a\",\"pten\":\"loss\"}\n\n{\"patientId\":\"b\",\"her2\":{\"ihc\":\"3+\"}}\n");

        Assert.Equal([1, 3], batch.Rows.Select(r => r.Row));
        Assert.Equal("3+", batch.Rows[1].Request!.Her2!.Ihc);
    }

    [Fact]
    public void Read_WrongJsonType_RowErrorNamesTheField()
    {
        var batch = Read("{\"pten\":\"loss\"}\n{\"her2\":{\"ihc\":3}}\n");

        var error = Assert.Single(batch.Rows[1].Errors);
        Assert.Equal("her2.ihc", error.Field);
        Assert.Null(error.Column);
        Assert.True(batch.Rows[0].IsValid);
    }

    [Fact]
    public void Read_NotJson_Throws400()
    {
        var e = Assert.Throws<BatchInputException>(() => Read("patient_id,pten\nx,loss\n"));

        Assert.Equal(400, e.StatusCode);
    }

    [Fact]
    public void Read_MoreLinesThanTheLimit_Throws413()
    {
        var e = Assert.Throws<BatchInputException>(() => Read("{\"pten\":\"loss\"}\n{\"pten\":\"loss\"}\n", maxRows: 1));

        Assert.Equal(413, e.StatusCode);
    }
}
