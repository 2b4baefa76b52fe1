namespace CdsService.Api.Tests.Validation;

using CdsService.Api.Validation;

public sealed class JsonFieldPathTests
{
    [Theory]
    [InlineData("Her2.Ish.MeanHer2CopiesPerCell", "her2.ish.meanHer2CopiesPerCell")]
    [InlineData("Pik3ca.Variants[3]", "pik3ca.variants[3]")]
    [InlineData("SerumHer2Ecd.Unit", "serumHer2Ecd.unit")]
    [InlineData("CyclinE", "cyclinE")]
    [InlineData("P95Her2", "p95Her2")]
    [InlineData("", "")]
    public void FromPropertyPath_CSharpChain_IsTheJsonPath(string propertyPath, string expected) =>
        Assert.Equal(expected, JsonFieldPath.FromPropertyPath(propertyPath));
}
