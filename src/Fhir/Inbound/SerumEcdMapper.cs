namespace CdsService.Fhir.Inbound;

using CdsService.Fhir.Terminology;
using CdsService.Rules.Model;
using Hl7.Fhir.Model;

/// <summary>
/// Serum HER2 extracellular domain: reads <c>code</c> (LOINC 42914-2, 32996-1; 51981-9 presence is listed as not
/// understood) and <c>valueQuantity</c> (value, comparator, UCUM code or unit), converted to ng/mL.
/// </summary>
internal sealed class SerumEcdMapper : IObservationMapper
{
    public bool TryMap(Observation observation, InputResource source, MappingContext context)
    {
        var codes = ObservationFacts.LoincCodes(observation.Code).ToList();
        if (codes.Contains(Loinc.SerumHer2EcdPresence))
        {
            context.NotUnderstand(source, Loinc.SerumHer2EcdPresence, "serum HER2 ECD presence is not a concentration; the rules need ng/mL (42914-2)");
            return true;
        }

        if (codes.FirstOrDefault(Loinc.SerumEcd.Contains) is not { } code) return false;
        if (observation.Value is not Quantity { Value: { } raw } q)
        {
            context.NotUnderstand(source, code, $"serum HER2 ECD needs a valueQuantity, not '{ObservationFacts.Describe(observation.Value)}'");
            return true;
        }

        var value = (double)raw;
        if (!double.IsFinite(value) || value < 0)
        {
            context.Error(PanelFields.SerumHer2Ecd, $"serum HER2 ECD must be a non-negative number; the Observation says {value}", source);
            return true;
        }

        if (EcdUnits.TryConvert(value, q.Code ?? q.Unit, out var ngPerMl) is { } refused)
        {
            context.Error(PanelFields.SerumHer2Ecd, refused, source);
            return true;
        }

        if (q.Comparator is { } comparator)
        {
            context.Warn(PanelFields.SerumHer2Ecd, $"serum HER2 ECD is reported as a bound ({comparator}); the bound itself is used", source);
        }

        var display = FormattableString.Invariant($"{ngPerMl:0.###} ng/mL");
        if (!string.Equals(q.Code ?? q.Unit, EcdUnits.Expected, StringComparison.Ordinal)) display += $" (from {ObservationFacts.Describe(q)})";
        context.Add(source, code, PanelFields.SerumHer2Ecd, MarkerIds.SerumHer2Ecd, ngPerMl, display);
        return true;
    }
}
