namespace CdsService.Fhir.Inbound;

using CdsService.Fhir.Terminology;
using CdsService.Rules.Model;
using Hl7.Fhir.Model;

/// <summary>
/// HER2 Observations (docs/fhir.md, "Codes read"): reads <c>code</c> (LOINC 48676-1 status, 85319-2/18474-7 IHC,
/// 85318-4/31150-6/96893-3 ISH, 49683-6 ratio, 74860-8 copies per nucleus, 74885-5 FISH panel), <c>value[x]</c>
/// (CodeableConcept, string, Quantity, Ratio, integer) and the same codes in <c>component</c>, the MII pattern of an
/// IHC score inside the 48676-1 status Observation. Panel members arrive as their own entries via <c>hasMember</c>.
/// </summary>
internal sealed class Her2ObservationMapper : IObservationMapper
{
    private const double MaxRatio = 50;
    private const double MaxCopies = 100;

    public bool TryMap(Observation observation, InputResource source, MappingContext context)
    {
        var codes = ObservationFacts.LoincCodes(observation.Code).ToList();
        if (codes.Contains(Loinc.Her2FishPanel)) return MapPanel(observation, source, context);
        if (codes.Contains(Loinc.Her2Status)) return MapStatus(observation, source, context);
        if (codes.FirstOrDefault(Loinc.Her2Ihc.Contains) is { } ihc) return Report(ReadIhc(ihc, observation.Value, source, context), source, ihc, context, observation.Value);
        if (codes.FirstOrDefault(Loinc.Her2Ish.Contains) is { } ish) return MapIsh(ish, observation, source, context);
        if (codes.Contains(Loinc.Her2Cep17Ratio)) return Report(ReadNumber(Loinc.Her2Cep17Ratio, observation.Value, source, context), source, Loinc.Her2Cep17Ratio, context, observation.Value);
        if (codes.Contains(Loinc.Her2CopiesPerNucleus)) return Report(ReadNumber(Loinc.Her2CopiesPerNucleus, observation.Value, source, context), source, Loinc.Her2CopiesPerNucleus, context, observation.Value);
        if (codes.Contains(Loinc.Cep17CopiesPerNucleus))
        {
            context.Ignore(source, Loinc.Cep17CopiesPerNucleus, "CEP17 copies per nucleus are carried by the HER2/CEP17 ratio (49683-6), which the rules read");
            return true;
        }

        if (codes.FirstOrDefault(c => c is Loinc.Her2TissueImmunoassayPresence or Loinc.Her2TissueImmunoassayConcentration) is { } ia)
        {
            context.NotUnderstand(source, ia, "HER2 by tissue immunoassay is neither an ASCO/CAP IHC score nor an ISH result");
            return true;
        }

        return false;
    }

    private static bool MapStatus(Observation o, InputResource source, MappingContext context)
    {
        var read = false;
        switch (AnswerReader.Read(o.Value))
        {
            case Answer.Positive or Answer.Present:
                read = AddStatus(source, Loinc.Her2Status, Her2Status.Positive, PanelFields.RankStatusObservation, context);
                break;
            case Answer.Negative or Answer.Absent:
                read = AddStatus(source, Loinc.Her2Status, Her2Status.Negative, PanelFields.RankStatusObservation, context);
                break;
            case Answer.Equivocal:
                read = AddStatus(source, Loinc.Her2Status, Her2Status.Equivocal, PanelFields.RankStatusObservation, context);
                break;
            case Answer.Indeterminate:
                read = AddStatus(source, Loinc.Her2Status, Her2Status.Indeterminate, PanelFields.RankStatusObservation, context);
                break;
        }

        read |= ReadComponents(o, source, context);
        return Report(read, source, Loinc.Her2Status, context, o.Value);
    }

    private static bool MapIsh(string code, Observation o, InputResource source, MappingContext context)
    {
        var read = ReadComponents(o, source, context);
        Her2Status? status = AnswerReader.Read(o.Value) switch
        {
            Answer.Positive or Answer.Present or Answer.Gain => Her2Status.Positive,
            Answer.Negative or Answer.Absent => Her2Status.Negative,
            Answer.Equivocal => Her2Status.Equivocal,
            Answer.Indeterminate => Her2Status.Indeterminate,
            _ => null,
        };
        if (status is { } s) read |= AddStatus(source, code, s, PanelFields.RankIshQualitative, context);
        return Report(read, source, code, context, o.Value);
    }

    private static bool MapPanel(Observation o, InputResource source, MappingContext context)
    {
        var members = o.HasMember.Select(m => context.Index.Resolve(m, source)).OfType<InputResource>().ToList();
        if (ObservationFacts.Effective(o) is { } effective)
        {
            foreach (var m in members) context.InheritEffective(m, effective);
        }

        context.Panels[source] = members;
        var read = ReadComponents(o, source, context);
        if (!read && members.Count == 0) context.NotUnderstand(source, Loinc.Her2FishPanel, "FISH panel without components and without hasMember Observations in the input");
        return true;
    }

    private static bool ReadComponents(Observation o, InputResource source, MappingContext context)
    {
        var read = false;
        foreach (var c in o.Component)
        {
            var codes = ObservationFacts.LoincCodes(c.Code).ToList();
            if (codes.FirstOrDefault(Loinc.Her2Ihc.Contains) is { } ihc) read |= ReadIhc(ihc, c.Value, source, context);
            else if (codes.Contains(Loinc.Her2Cep17Ratio)) read |= ReadNumber(Loinc.Her2Cep17Ratio, c.Value, source, context);
            else if (codes.Contains(Loinc.Her2CopiesPerNucleus)) read |= ReadNumber(Loinc.Her2CopiesPerNucleus, c.Value, source, context);
        }

        return read;
    }

    private static bool ReadIhc(string code, DataType? value, InputResource source, MappingContext context)
    {
        if (IhcScoreReader.TryRead(value, out var score, out var staining))
        {
            context.Add(source, code, PanelFields.Her2Ihc, MarkerIds.Her2, score, IhcText(score));
            if (staining is { } st) context.Add(source, code, PanelFields.Her2IhcMembraneStaining, MarkerIds.Her2, st, st ? "faint staining (ultralow)" : "no staining");
            return true;
        }

        Her2Status? status = AnswerReader.Read(value) switch
        {
            Answer.Positive => Her2Status.Positive,
            Answer.Negative => Her2Status.Negative,
            Answer.Equivocal => Her2Status.Equivocal,
            _ => null,
        };
        if (status is not { } s) return false;
        context.Warn(PanelFields.Her2Ihc, $"HER2 IHC reported as {s.ToString().ToLowerInvariant()} without a score (0, 1+, 2+, 3+): used as the reported status only", source);
        return AddStatus(source, code, s, PanelFields.RankIhcQualitative, context);
    }

    private static bool ReadNumber(string code, DataType? value, InputResource source, MappingContext context)
    {
        var ratio = code == Loinc.Her2Cep17Ratio;
        var field = ratio ? PanelFields.Her2IshRatio : PanelFields.Her2IshCopies;
        if (!ObservationFacts.TryNumber(value, out var n, out _)) return false;
        var max = ratio ? MaxRatio : MaxCopies;
        if (n <= 0 || n >= max)
        {
            context.Error(field, $"{field} must be greater than 0 and less than {max}; the Observation says {n}", source);
            return true;
        }

        context.Add(source, code, field, MarkerIds.Her2, n, ObservationFacts.Describe(value));
        return true;
    }

    private static bool AddStatus(InputResource source, string code, Her2Status status, int rank, MappingContext context)
    {
        context.Add(source, code, PanelFields.Her2ReportedStatus, MarkerIds.Her2, status, status.ToString().ToLowerInvariant(), rank);
        return true;
    }

    private static bool Report(bool read, InputResource source, string code, MappingContext context, DataType? value)
    {
        if (!read) context.NotUnderstand(source, code, $"HER2 value '{ObservationFacts.Describe(value)}' is not a result this service can read");
        return true;
    }

    internal static string IhcText(IhcScore score) => score switch
    {
        IhcScore.Zero => "0",
        IhcScore.One => "1+",
        IhcScore.Two => "2+",
        _ => "3+",
    };
}
