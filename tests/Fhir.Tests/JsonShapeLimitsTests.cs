namespace CdsService.Fhir.Tests;

using System.Text;

/// <summary>The structure caps checked before the FHIR SDK reads a body (docs/fhir.md, "Limits").</summary>
public sealed class JsonShapeLimitsTests
{
    private static string Entries(int count, string entry = "{}") =>
        """{"resourceType":"Bundle","type":"collection","entry":[""" + string.Join(",", Enumerable.Repeat(entry, count)) + "]}";

    [Fact]
    public void Parse_ABundleOfEmptyEntriesOverTheCap_IsRefusedAsTooCostly()
    {
        var e = Assert.Throws<FhirInputException>(() => FhirJson.ParseLenient(Entries(330_000)));

        var issue = Assert.Single(e.Issues);
        Assert.Equal("too-costly", issue.Code);
        Assert.StartsWith("The body is larger in structure than this service reads for one request: an array has more than 1000 items", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EntriesAtTheCap_AreAcceptedAndOneMoreIsNot()
    {
        Assert.Null(JsonShapeLimits.OnePatient.Check(Encoding.UTF8.GetBytes(Entries(1_000)), FhirJson.MaxDepth));
        Assert.NotNull(JsonShapeLimits.OnePatient.Check(Encoding.UTF8.GetBytes(Entries(1_001)), FhirJson.MaxDepth));
    }

    [Fact]
    public void Check_ObjectsOverTheCapInSmallArrays_AreRefused()
    {
        // 25 entries of 1,000 coding objects each: no array over the item cap, but more objects than one patient needs.
        var codings = string.Join(",", Enumerable.Repeat("""{"code":"x"}""", 999));
        var entry = """{"resource":{"resourceType":"Observation","status":"final","code":{"coding":[""" + codings + "]}}}";
        var issue = JsonShapeLimits.OnePatient.Check(Encoding.UTF8.GetBytes(Entries(25, entry)), FhirJson.MaxDepth);

        Assert.Equal("too-costly", issue?.Code);
        Assert.Contains("more than 20000 JSON objects", issue!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TheBatchLimits_AcceptWhatOnePatientMayNot()
    {
        var bytes = Encoding.UTF8.GetBytes(Entries(5_000));

        Assert.NotNull(JsonShapeLimits.OnePatient.Check(bytes, FhirJson.MaxDepth));
        Assert.Null(JsonShapeLimits.Batch.Check(bytes, FhirJson.MaxDepth));
    }

    [Fact]
    public void Check_MalformedJson_IsLeftToTheParser() =>
        Assert.Null(JsonShapeLimits.OnePatient.Check("""{"entry":[{},"""u8, FhirJson.MaxDepth));
}
