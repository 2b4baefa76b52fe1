namespace CdsService.Fhir.Inbound;

using CdsService.Fhir.Terminology;
using CdsService.Rules.Model;
using Hl7.Fhir.Model;

/// <summary>
/// Genotype Observations (code 84413-4, Genomics Reporting pattern "VKORC1 rs9923231 C/T"): reads the dbSNP id or
/// gene from <c>component</c> (81252-9, 48018-6), <c>code</c> or <c>derivedFrom</c> Variants, and the genotype
/// from <c>valueCodeableConcept</c> (text, display) or <c>valueString</c>.
/// </summary>
internal sealed class GenotypeObservationMapper : IObservationMapper
{
    public bool TryMap(Observation observation, InputResource source, MappingContext context)
    {
        if (!ObservationFacts.HasLoinc(observation.Code, Loinc.Genotype)) return false;
        var receptor = FcgrGenotypeReader.Identify(observation) ?? observation.DerivedFrom
            .Select(d => context.Index.Resolve(d, source)?.Resource as Observation)
            .OfType<Observation>().Select(FcgrGenotypeReader.Identify).FirstOrDefault(r => r is not null);
        if (receptor is not { } r)
        {
            context.NotUnderstand(source, Loinc.Genotype, "genotype of a gene or polymorphism the review's rules do not read");
            return true;
        }

        var text = ObservationFacts.AllStrings(observation.Value).Select(s => FcgrGenotypeReader.FromText(r, s)).FirstOrDefault(g => g is not null);
        return AddGenotype(r, text, Loinc.Genotype, source, context);
    }

    internal static bool AddGenotype(FcgrGenotypeReader.Receptor receptor, object? genotype, string code, InputResource source, MappingContext context)
    {
        var marker = receptor == FcgrGenotypeReader.Receptor.Fcgr3a158 ? MarkerIds.Fcgr3a158 : MarkerIds.Fcgr2a131;
        if (genotype is null)
        {
            context.NotUnderstand(source, code, $"{marker}: the genotype is not stated as text (e.g. \"V/F\") or as a protein change with allelic state");
            return true;
        }

        context.Add(source, code, marker, marker, genotype, FcgrGenotypeReader.Display(genotype));
        return true;
    }
}
