namespace CdsService.Api.Tests.Architecture;

using System.Reflection;
using Xunit.v3;

/// <summary>
/// docs/testing.md, "A hang fails one test": every async test runs under a timeout, so a hung call fails that test
/// instead of holding the whole run until CI gives up.
/// </summary>
public sealed class TestTimeoutTests
{
    private static int CurrentTimeout() => Assert.IsAssignableFrom<ICoreTest>(TestContext.Current.Test).Timeout;

    [Fact]
    public async Task AnAsyncFact_RunsUnderTheDefaultTimeout()
    {
        await Task.Yield();
        Assert.Equal(TestTimeouts.DefaultMilliseconds, CurrentTimeout());
    }

    [Theory]
    [InlineData("a data row")]
    public async Task AnAsyncTheoryRow_RunsUnderTheDefaultTimeout(string row)
    {
        await Task.Yield();
        Assert.Equal("a data row", row);
        Assert.Equal(TestTimeouts.DefaultMilliseconds, CurrentTimeout());
    }

    /// <summary>xUnit refuses a timeout on a synchronous test, so none is given.</summary>
    [Fact]
    public void ASynchronousFact_HasNoTimeout() => Assert.Equal(0, CurrentTimeout());

    [Fact]
    public void EveryTestMethod_UsesTheTimedAttributes()
    {
        var plain = typeof(TestTimeoutTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttributes<Xunit.FactAttribute>().Any(a => a.GetType().Namespace == "Xunit"))
            .Select(m => $"{m.DeclaringType!.FullName}.{m.Name}")
            .ToList();

        Assert.Empty(plain);
    }
}
