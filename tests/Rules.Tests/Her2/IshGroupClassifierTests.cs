namespace CdsService.Rules.Tests.Her2;

using CdsService.Rules.Her2;

public sealed class IshGroupClassifierTests
{
    [Theory]
    [InlineData(1.99, 3.99, 5)]
    [InlineData(1.99, 4.0, 4)]
    [InlineData(1.99, 5.99, 4)]
    [InlineData(1.99, 6.0, 3)]
    [InlineData(2.0, 3.99, 2)]
    [InlineData(2.0, 4.0, 1)]
    [InlineData(2.0, 5.99, 1)]
    [InlineData(2.0, 6.0, 1)]
    [InlineData(2.01, 3.99, 2)]
    [InlineData(2.01, 4.0, 1)]
    [InlineData(2.01, 5.99, 1)]
    [InlineData(2.01, 6.0, 1)]
    [InlineData(0.5, 1.0, 5)]
    [InlineData(10.0, 25.0, 1)]
    [InlineData(1.2, 12.0, 3)]
    [InlineData(4.0, 2.0, 2)]
    public void Classify_RatioAndCopiesAtBoundaries_InclusiveAscoCapGroup(double ratio, double copies, int expected) =>
        Assert.Equal(expected, IshGroupClassifier.Classify(ratio, copies));
}
