namespace CdsService.Fhir.Tests.Inbound;

using CdsService.Fhir.Inbound;
using Hl7.Fhir.Model;

/// <summary>Builds small Bundles of Observations in code, for the table-driven mapping tests.</summary>
public static class ObservationBuilder
{
    public const string Loinc = "http://loinc.org";

    public static Observation Obs(string loinc, DataType? value, string? effective = "2024-01-01", string id = "o1")
    {
        var o = new Observation
        {
            Id = id,
            Status = ObservationStatus.Final,
            Code = new CodeableConcept(Loinc, loinc),
            Value = value,
        };
        if (effective is not null) o.Effective = new FhirDateTime(effective);
        return o;
    }

    public static Observation.ComponentComponent Component(string loinc, DataType value) => new() { Code = new CodeableConcept(Loinc, loinc), Value = value };

    public static Observation.ComponentComponent Gene(string hgnc) => Component("48018-6", new CodeableConcept("http://www.genenames.org/geneId", hgnc));

    public static CodeableConcept LoincAnswer(string code) => new(Loinc, code);

    public static MappingResult Map(params Resource[] resources)
    {
        var bundle = new Bundle { Type = Bundle.BundleType.Collection };
        foreach (var r in resources) bundle.Entry.Add(new Bundle.EntryComponent { Resource = r });
        return PatientPanelMapper.Map(bundle);
    }
}
