namespace CdsService.Fhir.Terminology;

/// <summary>Code system URIs (FHIR R4 terminology, shared/knowledge/fhir-codes.md).</summary>
public static class CodeSystems
{
    public const string Loinc = "http://loinc.org";
    public const string SnomedCt = "http://snomed.info/sct";
    public const string RxNorm = "http://www.nlm.nih.gov/research/umls/rxnorm";
    public const string Hgnc = "http://www.genenames.org/geneId";
    public const string DbSnp = "http://www.ncbi.nlm.nih.gov/projects/SNP";
}
