namespace CdsService.Fhir.Inbound;

using CdsService.Fhir.Terminology;
using CdsService.Rules.Model;
using CdsService.Rules.Vocabulary;
using Hl7.Fhir.Model;

/// <summary>
/// Genomics Reporting Variant Observations (code 69548-6; value LA9633-4 present / LA9634-2 absent, components as in
/// <see cref="VariantCall"/>): PIK3CA (HGNC:8975) mutations with the laboratory's classification, PTEN (HGNC:9588) inactivation or deletion, CCNE1
/// (HGNC:1589) amplification and the Fc-gamma receptor polymorphisms (rs396991, rs1801274).
/// </summary>
internal sealed class VariantObservationMapper : IObservationMapper
{
    public bool TryMap(Observation observation, InputResource source, MappingContext context)
    {
        if (!ObservationFacts.HasLoinc(observation.Code, Loinc.Variant)) return false;
        var call = VariantCall.Read(observation);
        if (FcgrGenotypeReader.Identify(observation) is { } receptor) return MapFcgr(receptor, observation, call, source, context);
        // A PIK3CA classification goes to the rules, as the REST field pik3ca.classification does; other genes' benign calls are dropped here.
        if (call.IsBenign && call.Gene != GeneIds.Pik3ca)
        {
            context.Ignore(source, Loinc.Variant, $"{Gene(call)} {call.Name} is classified benign or likely benign");
            return true;
        }

        switch (call.Gene)
        {
            case GeneIds.Pik3ca:
                MapPik3ca(call, source, context);
                break;
            case GeneIds.Pten:
                MapPten(call, source, context);
                break;
            case GeneIds.Ccne1 when call.CopyNumberChange == Answer.Gain && !call.Absent:
                context.Add(source, Loinc.Variant, MarkerIds.CyclinE, MarkerIds.CyclinE, CyclinEStatus.Amplified, "amplified (copy number gain)");
                break;
            case GeneIds.Erbb2:
                context.NotUnderstand(source, Loinc.Variant, "ERBB2 variants or copy number by sequencing are not an ASCO/CAP IHC or ISH result");
                break;
            default:
                context.NotUnderstand(source, Loinc.Variant, $"{Gene(call)} {call.Name}: not a gene variant the review's rules read");
                break;
        }

        return true;
    }

    private static void MapPik3ca(VariantCall call, InputResource source, MappingContext context)
    {
        if (call.IsSynonymous)
        {
            context.Ignore(source, Loinc.Variant, $"PIK3CA {call.ProteinText} is synonymous: the protein is unchanged");
            return;
        }

        if (call.Absent)
        {
            context.Add(source, Loinc.Variant, $"{PanelFields.Pik3caWildType}:{call.Name}", MarkerIds.Pik3ca, call.Name, $"{call.Name} not detected");
            return;
        }

        var classification = call.Significance?.Classification;
        if (call.Significance is { Classification: null } unknown)
        {
            context.NotUnderstand(source, Loinc.ClinicalSignificance,
                $"PIK3CA {call.Name}: clinical significance '{unknown.Reported}' is not a LOINC answer this service reads (LA6668-3, LA26332-9, LA26333-7, LA26334-5, LA6675-8); the variant is used without a classification");
        }

        var display = classification is { } c ? $"{call.Name} detected (laboratory classification: {WireNames.Of(c)})" : $"{call.Name} detected";
        context.Add(source, Loinc.Variant, $"{PanelFields.Pik3caVariant}:{call.Name}", MarkerIds.Pik3ca, new ReportedPik3caVariant(call.Name, classification), display);
    }

    private static void MapPten(VariantCall call, InputResource source, MappingContext context)
    {
        if (call.Absent)
        {
            context.Ignore(source, Loinc.Variant, "a PTEN variant reported absent does not establish intact PTEN protein");
            return;
        }

        var deleted = call.CopyNumberChange == Answer.Loss || call.CopyNumber is 0;
        if (call.CopyNumberChange == Answer.Gain || call.IsSynonymous || (call.CopyNumberChange is null && call.CopyNumber is not null && !deleted))
        {
            context.NotUnderstand(source, Loinc.Variant, $"PTEN {call.Name}: not a loss-of-function call");
            return;
        }

        if (!deleted && call.Significance?.IsPathogenic != true)
        {
            context.Warn(MarkerIds.Pten, $"PTEN loss inferred from variant {call.Name} without a pathogenic classification; verify", source);
        }

        context.Add(source, Loinc.Variant, MarkerIds.Pten, MarkerIds.Pten, PtenStatus.Loss, deleted ? "loss (deletion)" : $"loss ({call.Name})");
    }

    private static bool MapFcgr(FcgrGenotypeReader.Receptor receptor, Observation o, VariantCall call, InputResource source, MappingContext context)
    {
        var genotype = FcgrGenotypeReader.FromText(receptor, ObservationFacts.Text(o.Value) is { } t && AnswerReader.ReadText(t) is null ? t : null)
            ?? (call.Protein is { } p ? FcgrGenotypeReader.FromVariant(receptor, p, call.AllelicState, call.Absent) : null);
        return GenotypeObservationMapper.AddGenotype(receptor, genotype, Loinc.Variant, source, context);
    }

    private static string Gene(VariantCall call) => call.GeneDisplay ?? call.Gene ?? "gene not stated";
}
