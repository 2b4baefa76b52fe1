namespace CdsService.Fhir.Outbound;

using CdsService.Fhir.Inbound;
using Hl7.Fhir.Model;

/// <summary>What every output resource of one evaluation shares: fullUrls, the subject and the inputs it was derived from.</summary>
internal sealed class OutputContext(EvaluationStamp stamp, MappingResult mapping, InputCopier inputs)
{
    public EvaluationStamp Stamp { get; } = stamp;
    public MappingResult Mapping { get; } = mapping;

    public string FullUrl(string name) => BundleIds.For(Stamp.EvaluationId, name);

    /// <summary>The Patient copied into the Bundle, else a display-only reference (MedicationRequest.subject is 1..1).</summary>
    public ResourceReference Subject() =>
        inputs.PatientReference(Mapping) is { } url
            ? new ResourceReference(url)
            : new ResourceReference { Display = Mapping.Panel.PatientId is { } id ? $"patient {id}" : "the patient of this evaluation (no Patient resource given)" };

    public FhirDateTime When() => new(Stamp.EvaluatedAt);

    /// <summary>References to the copied Observations that set the given markers (all markers when null).</summary>
    public List<ResourceReference> DerivedFrom(IEnumerable<string>? markerIds)
    {
        var wanted = markerIds?.ToHashSet(StringComparer.Ordinal);
        return Mapping.Used.Where(u => wanted is null || wanted.Contains(u.MarkerId))
            .Select(u => inputs.ReferenceFor(u.Reference)).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(url => new ResourceReference(url)).ToList();
    }
}
