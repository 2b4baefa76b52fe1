namespace CdsService.Api.Tests.Architecture;

using System.Reflection;
using CdsService.Api.Tests.Infrastructure;

/// <summary>docs/architecture.md: Api -> Fhir -> Rules, never the other way; Fhir knows neither ASP.NET nor EF Core.</summary>
public sealed class DependencyDirectionTests
{
    private static readonly Assembly Rules = Assembly.Load("CdsService.Rules");
    private static readonly Assembly Fhir = Assembly.Load("CdsService.Fhir");
    private static readonly Assembly Api = Assembly.Load("CdsService.Api");

    private static List<string> ReferencesOf(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

    [Theory]
    [InlineData("CdsService.Rules", "CdsService.Fhir")]
    [InlineData("CdsService.Rules", "CdsService.Api")]
    [InlineData("CdsService.Fhir", "CdsService.Api")]
    public void Assembly_DoesNotReferenceAnOuterLayer(string inner, string outer)
    {
        var assembly = new[] { Rules, Fhir, Api }.Single(a => a.GetName().Name == inner);

        Assert.DoesNotContain(outer, ReferencesOf(assembly));
    }

    [Theory]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("FluentValidation")]
    [InlineData("Npgsql")]
    public void FhirAssembly_DoesNotReferenceWebOrData(string forbiddenPrefix)
    {
        Assert.DoesNotContain(ReferencesOf(Fhir), r => r.StartsWith(forbiddenPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void FhirProject_ReferencesOnlyRules()
    {
        var csproj = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "Fhir", "CdsService.Fhir.csproj"));
        var projectReferences = System.Text.RegularExpressions.Regex.Matches(csproj, "<ProjectReference Include=\"([^\"]+)\"")
            .Select(m => Path.GetFileName(m.Groups[1].Value))
            .ToList();

        Assert.Equal(["CdsService.Rules.csproj"], projectReferences);
    }
}
