namespace CdsService.Rules.Tests;

public sealed class PlaceholderTests
{
    [Fact]
    public void MarkerIds_AreSixteen() => Assert.Equal(16, CdsService.Rules.Model.MarkerIds.All.Count);
}
