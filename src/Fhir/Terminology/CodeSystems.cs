namespace CdsService.Fhir.Terminology;

/// <summary>Code system URIs (FHIR R4 terminology, docs/fhir.md).</summary>
public static class CodeSystems
{
    public const string Loinc = "http://loinc.org";
    public const string LoincOid = "urn:oid:2.16.840.1.113883.6.1";
    public const string SnomedCt = "http://snomed.info/sct";
    public const string RxNorm = "http://www.nlm.nih.gov/research/umls/rxnorm";
    public const string Hgnc = "http://www.genenames.org/geneId";

    /// <summary>The Genomics Reporting IG writes gene-studied codes under this shorter system (CGFindings.fsh).</summary>
    public const string HgncShort = "http://www.genenames.org";

    public const string DbSnp = "http://www.ncbi.nlm.nih.gov/projects/SNP";
    public const string Hgvs = "http://varnomen.hgvs.org";
    public const string SequenceOntology = "http://www.sequenceontology.org";
    public const string Ucum = "http://unitsofmeasure.org";
    public const string ObservationCategory = "http://terminology.hl7.org/CodeSystem/observation-category";
    public const string ObservationInterpretation = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
    public const string DiagnosticServiceSection = "http://terminology.hl7.org/CodeSystem/v2-0074";
    public const string GenomicsReportingTbd = "http://hl7.org/fhir/uv/genomics-reporting/CodeSystem/tbd-codes-cs";
    public const string Ietf3986 = "urn:ietf:rfc:3986";
}
