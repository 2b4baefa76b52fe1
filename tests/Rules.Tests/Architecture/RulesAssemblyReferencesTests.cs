namespace CdsService.Rules.Tests.Architecture;

using System.Reflection;
using CdsService.Rules.Engine;

/// <summary>docs/architecture.md: the clinical core knows no web framework, FHIR release, ORM or validation library.</summary>
public sealed class RulesAssemblyReferencesTests
{
    private static readonly string[] ForbiddenPrefixes =
        ["Microsoft.AspNetCore", "Hl7.Fhir", "Microsoft.EntityFrameworkCore", "FluentValidation", "CdsService.Fhir", "CdsService.Api", "Npgsql"];

    [Fact]
    public void RulesAssembly_ReferencesOnlyTheBaseClassLibrary()
    {
        var references = typeof(CdsEngine).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        var forbidden = references.Where(r => ForbiddenPrefixes.Any(p => r.StartsWith(p, StringComparison.Ordinal))).ToList();

        Assert.Empty(forbidden);
        Assert.All(references, r => Assert.True(
            r.StartsWith("System", StringComparison.Ordinal) || r == "netstandard" || r == "mscorlib",
            $"CdsService.Rules references {r}; it must stay package-free"));
    }

    [Fact]
    public void RulesProject_HasNoPackageOrProjectReferences()
    {
        var csproj = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "Rules", "CdsService.Rules.csproj"));

        Assert.DoesNotContain("<PackageReference", csproj, StringComparison.Ordinal);
        Assert.DoesNotContain("<ProjectReference", csproj, StringComparison.Ordinal);
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CdsService.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CdsService.sln not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public void RulesAssembly_IsNotLoadedWithAnyForbiddenAssembly()
    {
        var loaded = typeof(CdsEngine).Assembly.GetReferencedAssemblies()
            .Select(Assembly.Load)
            .SelectMany(a => a.GetReferencedAssemblies())
            .Select(a => a.Name ?? "");

        Assert.DoesNotContain(loaded, n => ForbiddenPrefixes.Any(p => n.StartsWith(p, StringComparison.Ordinal)));
    }
}
