namespace CdsService.Fhir.Tests;

public sealed class ArchitectureTests
{
    [Theory]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("FluentValidation")]
    public void Fhir_ReferencesNeitherWebNorData(string forbidden)
    {
        var references = typeof(FhirJson).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty);

        Assert.DoesNotContain(references, r => r.StartsWith(forbidden, StringComparison.Ordinal));
    }
}
