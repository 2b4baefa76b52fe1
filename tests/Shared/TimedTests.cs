// Compiled into every test project (tests/Directory.Build.props). Declared in the CdsService namespace so that the
// plain [Fact] and [Theory] of every test file resolve to these before the xunit ones (C# looks in the enclosing
// namespaces before the global usings), which gives each async test a timeout without touching the test files.
namespace CdsService;

using System.Runtime.CompilerServices;
using Xunit.Sdk;
using Xunit.v3;

/// <summary>
/// The per-test timeout (docs/testing.md, "A hang fails one test"): xUnit v3 times out only async tests and has no
/// assembly-wide default, so the discoverers below give every async test without a Timeout of its own
/// <see cref="DefaultMilliseconds"/>. A synchronous test keeps none (xUnit would fail it for having one).
/// </summary>
public static class TestTimeouts
{
    public const int DefaultMilliseconds = 10 * 60 * 1000;

    public static void Apply(IXunitTestMethod testMethod, IFactAttribute factAttribute)
    {
        if (factAttribute is Xunit.FactAttribute { Timeout: 0 } fact && IsAsync(testMethod.Method.ReturnType))
            fact.Timeout = DefaultMilliseconds;
    }

    private static bool IsAsync(Type returnType) =>
        typeof(Task).IsAssignableFrom(returnType) || returnType == typeof(ValueTask)
        || (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(ValueTask<>));
}

[XunitTestCaseDiscoverer(typeof(TimedFactDiscoverer))]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class FactAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
    : Xunit.FactAttribute(sourceFilePath, sourceLineNumber);

[XunitTestCaseDiscoverer(typeof(TimedTheoryDiscoverer))]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class TheoryAttribute([CallerFilePath] string? sourceFilePath = null, [CallerLineNumber] int sourceLineNumber = -1)
    : Xunit.TheoryAttribute(sourceFilePath, sourceLineNumber);

public sealed class TimedFactDiscoverer : FactDiscoverer
{
    public override ValueTask<IReadOnlyCollection<IXunitTestCase>> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions, IXunitTestMethod testMethod, IFactAttribute factAttribute)
    {
        TestTimeouts.Apply(testMethod, factAttribute);
        return base.Discover(discoveryOptions, testMethod, factAttribute);
    }
}

public sealed class TimedTheoryDiscoverer : TheoryDiscoverer
{
    public override ValueTask<IReadOnlyCollection<IXunitTestCase>> Discover(
        ITestFrameworkDiscoveryOptions discoveryOptions, IXunitTestMethod testMethod, IFactAttribute factAttribute)
    {
        TestTimeouts.Apply(testMethod, factAttribute);
        return base.Discover(discoveryOptions, testMethod, factAttribute);
    }
}
