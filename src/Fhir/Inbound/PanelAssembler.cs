namespace CdsService.Fhir.Inbound;

using CdsService.Fhir.Terminology;
using CdsService.Rules.Model;
using Hl7.Fhir.Model;

/// <summary>
/// Reads one patient's Observations with the marker mappers and settles competing facts: Observations that are not
/// a usable result are set aside first (<see cref="ObservationGate"/>), the most recent effective Observation wins among
/// those saying the same thing, and every Observation ends up used, ignored (with why) or not understood.
/// </summary>
internal static class PanelAssembler
{
    private static readonly IObservationMapper[] Mappers =
    [
        new Her2ObservationMapper(), new SerumEcdMapper(), new VariantObservationMapper(), new GenotypeObservationMapper(),
        new BiomarkerObservationMapper(),
    ];

    public static MappingResult Assemble(ResourceIndex index, InputResource? patient, IReadOnlyList<InputResource> observations)
    {
        var context = new MappingContext(index);
        var live = new List<(Observation Observation, InputResource Source)>();
        var her2Preliminary = false;
        foreach (var source in observations)
        {
            var o = (Observation)source.Resource;
            if (ObservationGate.WhyNotUsed(o) is { } why)
            {
                context.Ignore(source, ObservationFacts.LoincCodes(o.Code).FirstOrDefault(), why);
                her2Preliminary |= o.Status == ObservationStatus.Preliminary && ObservationGate.IsHer2(o);
                continue;
            }

            live.Add((o, source));
        }

        // Panels first, so that members without their own effective time inherit the panel's (74885-5 hasMember).
        foreach (var (o, source) in live.Where(x => ObservationFacts.HasLoinc(x.Observation.Code, Loinc.Her2FishPanel)))
        {
            Mappers[0].TryMap(o, source, context);
        }

        foreach (var (o, source) in live.Where(x => !ObservationFacts.HasLoinc(x.Observation.Code, Loinc.Her2FishPanel)))
        {
            MapOne(o, source, context);
        }

        var winners = Settle(context);
        var panel = PanelBuilder.Build(winners, context, her2Preliminary) with { PatientId = PatientIdOf(patient) };
        return new MappingResult(panel, UsedList(winners, context), context.NotUnderstood, context.Ignored, context.Errors, context.Warnings, patient)
        {
            Inputs = index,
        };
    }

    /// <summary>Whether a marker mapper reads this kind of Observation (tried on a scratch context, nothing recorded).</summary>
    public static bool Claims(Observation o, InputResource source, ResourceIndex index) =>
        Mappers.Any(m => m.TryMap(o, source, new MappingContext(index)));

    private static void MapOne(Observation o, InputResource source, MappingContext context)
    {
        var codes = ObservationFacts.LoincCodes(o.Code).ToList();
        if (codes.FirstOrDefault(Loinc.HormoneReceptors.Contains) is { } receptor)
        {
            context.Ignore(source, receptor, "hormone-receptor status is not an input of the review's rules");
            return;
        }

        if (Mappers.Any(m => m.TryMap(o, source, context))) return;
        var code = o.Code?.Coding.Select(c => $"{c.System}|{c.Code}").FirstOrDefault() ?? o.Code?.Text;
        context.NotUnderstand(source, codes.FirstOrDefault() ?? code, $"code {code ?? "(none)"} is not one this service reads");
    }

    private static List<Fact> Settle(MappingContext context)
    {
        var winners = new List<Fact>();
        foreach (var group in context.Facts.GroupBy(f => f.Field, StringComparer.Ordinal))
        {
            var ordered = group.OrderBy(f => f.Rank).ThenByDescending(f => f.Effective ?? DateTimeOffset.MinValue).ToList();
            var winner = ordered[0];
            winners.Add(winner);
            foreach (var loser in ordered.Skip(1).Where(l => l.Source != winner.Source))
            {
                var why = loser.Rank > winner.Rank ? "a more specific Observation" : "a more recent Observation";
                context.Ignore(loser.Source, loser.Code, $"{loser.Field} = {loser.Display} superseded by {why} ({winner.Source.Reference})");
                if (loser.Rank == winner.Rank && loser.Effective == winner.Effective && !Equals(loser.Value, winner.Value))
                {
                    context.Warn(loser.Field, $"Observations with the same effective time disagree ({winner.Display} vs {loser.Display}); the first in the input is used", loser.Source);
                }
            }
        }

        return winners;
    }

    private static List<UsedObservation> UsedList(List<Fact> winners, MappingContext context)
    {
        var used = winners.Where(w => PanelBuilder.Applied(w, winners))
            .Select(w => new UsedObservation(w.Source.Reference, w.Source.Resource.Id, w.Code, w.MarkerId, w.Field, w.Display, w.Effective))
            .ToList();
        foreach (var (panel, members) in context.Panels)
        {
            if (!members.Any(m => used.Any(u => u.Reference == m.Reference))) continue;
            var o = (Observation)panel.Resource;
            used.Add(new UsedObservation(panel.Reference, panel.Resource.Id, Loinc.Her2FishPanel, MarkerIds.Her2, PanelFields.Her2Ish, $"FISH panel of {members.Count} members", ObservationFacts.Effective(o)));
        }

        return used;
    }

    private static string? PatientIdOf(InputResource? patient)
    {
        if (patient?.Resource is not Patient p) return null;
        var id = p.Id is { Length: > 0 } ? p.Id : p.Identifier.Select(i => i.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        return id is { Length: <= 256 } ? id : null;
    }
}
