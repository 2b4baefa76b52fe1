namespace CdsService.Fhir.Tests.Outbound;

using CdsService.Fhir.Outbound;
using Hl7.Fhir.Model;
using Hl7.Fhir.Validation;

/// <summary>Checks every output Bundle must pass: base R4 validation of each resource, unique fullUrls, resolvable references.</summary>
public static class BundleAssertions
{
    public static void IsValidCollection(Bundle bundle)
    {
        Assert.Equal(Bundle.BundleType.Collection, bundle.Type);
        var errors = bundle.Validate(ModelInfo.ModelInspector).Select(e => e.Message).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        foreach (var entry in bundle.Entry)
        {
            var entryErrors = entry.Resource!.Validate(ModelInfo.ModelInspector).Select(e => $"{entry.Resource!.TypeName}: {e.Message}").ToList();
            Assert.True(entryErrors.Count == 0, string.Join("\n", entryErrors));
        }

        var fullUrls = bundle.Entry.Select(e => e.FullUrl).ToList();
        Assert.All(fullUrls, u => Assert.False(string.IsNullOrEmpty(u)));
        Assert.Equal(fullUrls.Count, fullUrls.Distinct(StringComparer.Ordinal).Count());
        foreach (var entry in bundle.Entry)
        {
            foreach (var reference in ReferenceWalker.All(entry.Resource!).Where(r => r.Reference is not null && !r.Reference.StartsWith('#')))
            {
                Assert.True(fullUrls.Contains(reference.Reference, StringComparer.Ordinal), $"{entry.Resource!.TypeName} {entry.FullUrl} -> {reference.Reference} does not resolve");
            }
        }

        // Round trip through the configured serializer and the strict parser.
        var reparsed = FhirJson.Parse(FhirJson.Serialize(bundle));
        Assert.IsType<Bundle>(reparsed);
    }

    public static T One<T>(Bundle bundle) where T : Resource => Assert.Single(bundle.Entry.Select(e => e.Resource).OfType<T>());

    public static IReadOnlyList<T> All<T>(Bundle bundle) where T : Resource => bundle.Entry.Select(e => e.Resource).OfType<T>().ToList();
}
