namespace CdsService.Fhir.Outbound;

using CdsService.Fhir.Terminology;
using CdsService.Rules.Engine;
using CdsService.Rules.Model;
using Hl7.Fhir.Model;

/// <summary>
/// One finding as a Genomics Reporting therapeutic-implication Observation (CGImplications.fsh, TherapeuticImplication):
/// code tbd-codes-cs#therapeutic-implication, no value, components medication-assessed 51963-7 (trastuzumab, RxNorm
/// 224905) and therapeutic-implication (the effect), the mechanisms, citations in the workflow-relatedArtifact
/// extension, every dated note of the finding as a note (with the dated-note extension), one component per ranked
/// option matched to the finding (the agent, its rank and its availability extension), and <c>derivedFrom</c> the
/// Observations of the finding's inputs (docs/fhir.md, "What comes back"). It claims the Genomics Reporting profile; the
/// clinical-significance component (53037-8) carries the PIK3CA classification a PIK3CA finding rests on. The knowledge
/// base grades options, not findings, so there is no evidence-level component. Its identifier is its fullUrl, unique per
/// evaluation; the knowledge base's finding id is a second coding of <c>code</c>.
/// </summary>
internal static class TherapeuticImplicationFactory
{
    public const string RelatedArtifactExtension = "http://hl7.org/fhir/StructureDefinition/workflow-relatedArtifact";
    public const string Profile = "http://hl7.org/fhir/uv/genomics-reporting/StructureDefinition/therapeutic-implication";

    public static Observation Create(Finding finding, IReadOnlyList<RankedOption> options, OutputContext context, string fullUrl)
    {
        var code = new CodeableConcept(CodeSystems.GenomicsReportingTbd, "therapeutic-implication", "Therapeutic Implication", finding.Summary);
        code.Coding.Add(new Coding(LocalCodeSystems.Finding, finding.Id));
        var o = new Observation
        {
            Meta = new Meta { Profile = [Profile] },
            Status = ObservationStatus.Final,
            Category = Codes.Laboratory(genomics: true),
            Code = code,
            Subject = context.Subject(),
            Effective = context.When(),
            Issued = context.Stamp.EvaluatedAt,
            DerivedFrom = context.DerivedFrom(finding.Inputs),
        };
        o.Identifier.Add(new Identifier(CodeSystems.Ietf3986, fullUrl));
        o.Component.Add(new Observation.ComponentComponent { Code = Codes.Loinc(Loinc.MedicationAssessed, "Medication assessed [ID]"), Value = Codes.Trastuzumab() });
        o.Component.Add(new Observation.ComponentComponent
        {
            Code = new CodeableConcept(CodeSystems.GenomicsReportingTbd, "therapeutic-implication", "Therapeutic Implication", null),
            Value = Codes.Effect(finding.Effect),
        });
        o.Component.Add(new Observation.ComponentComponent
        {
            Code = Codes.Loinc(Loinc.PhenotypicTreatmentContext, "Associated phenotype"),
            Value = new CodeableConcept { Text = "HER2 (ErbB2)-driven breast cancer" },
        });
        if (finding.Inputs.Contains(MarkerIds.Pik3ca, StringComparer.Ordinal) && context.Mapping.Panel.Pik3ca?.Classification is { } classification)
        {
            o.Component.Add(new Observation.ComponentComponent
            {
                Code = Codes.Loinc(Loinc.ClinicalSignificance, "Genetic variation clinical significance [Imp]"),
                Value = Codes.Classification(classification),
            });
        }
        foreach (var mechanism in finding.Mechanisms)
        {
            o.Component.Add(new Observation.ComponentComponent
            {
                Code = Codes.Local(LocalCodeSystems.ObservationComponent, "mechanism", "Resistance mechanism"),
                Value = Codes.Local(LocalCodeSystems.Mechanism, mechanism, mechanism),
            });
        }

        foreach (var option in options.Where(x => x.MatchedFindings.Contains(finding.Id, StringComparer.Ordinal)).OrderBy(x => x.Rank))
        {
            var component = new Observation.ComponentComponent
            {
                Code = Codes.Local(LocalCodeSystems.ObservationComponent, "matched-option", "Ranked option matched to this finding"),
                Value = new CodeableConcept(LocalCodeSystems.Agent, option.AgentId, option.Agent,
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{option.Agent}: rank {option.Rank}, {DatedKnowledgeExtensions.Badge(option.Availability)}")),
            };
            component.Extension.Add(DatedKnowledgeExtensions.Availability(option.Availability));
            o.Component.Add(component);
        }

        o.Note.Add(new Annotation { Text = new Markdown(finding.Summary) });
        o.Note.AddRange(finding.Currency.Select(DatedKnowledgeExtensions.Annotation));
        foreach (var artifact in CitationArtifacts.From(finding.Citations)) o.Extension.Add(new Extension(RelatedArtifactExtension, artifact));
        return o;
    }
}
