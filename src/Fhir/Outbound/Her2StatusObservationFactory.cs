namespace CdsService.Fhir.Outbound;

using CdsService.Fhir.Terminology;
using CdsService.Rules.Engine;
using CdsService.Rules.Model;
using Hl7.Fhir.Model;

/// <summary>
/// The HER2 call as an Observation with LOINC 48676-1 (the mCODE example's code): value and v3 interpretation,
/// the ASCO/CAP basis as a note, the ISH group, HER2-low/ultralow and the trastuzumab gate as components, and
/// <c>derivedFrom</c> the HER2 inputs. It is dated by the latest effective time of those inputs, not by the evaluation
/// (the call describes the tumour when it was tested); without dated inputs it has no effective time. An unknown status
/// is no Observation at all: the GuidanceResponse asks for the tests as dataRequirement instead (docs/fhir.md).
/// </summary>
internal static class Her2StatusObservationFactory
{
    public static Observation? Create(Evaluation evaluation, OutputContext context)
    {
        var her2 = evaluation.Her2;
        if (her2.Status == Her2Status.Unknown) return null;
        var tested = context.Mapping.Used.Where(u => u.MarkerId == MarkerIds.Her2).Select(u => u.Effective).Max();
        var o = new Observation
        {
            // A call waiting for its reflex test is not final yet (R4 observation-status: preliminary).
            Status = her2.Status == Her2Status.Pending ? ObservationStatus.Preliminary : ObservationStatus.Final,
            Category = Codes.Laboratory(genomics: false),
            Code = Codes.Loinc(Loinc.Her2Status, "HER2 [Interpretation] in Tissue"),
            Subject = context.Subject(),
            Effective = tested is { } at ? new FhirDateTime(at) : null,
            Issued = context.Stamp.EvaluatedAt,
            Value = Codes.Her2StatusValue(her2.Status),
            Method = new CodeableConcept { Text = her2.Guideline },
            DerivedFrom = context.DerivedFrom([MarkerIds.Her2]),
        };
        if (Codes.Her2Interpretation(her2.Status) is { } interpretation) o.Interpretation.Add(interpretation);
        o.Note.Add(new Annotation { Text = new Markdown($"Basis: {her2.Basis}") });
        foreach (var action in her2.RequiredActions) o.Note.Add(new Annotation { Text = new Markdown($"Required: {action.Text}") });
        if (her2.IshGroup is { } group) o.Component.Add(Component("ish-group", "ASCO/CAP dual-probe ISH group", new Integer(group)));
        o.Component.Add(Component("her2-low", "HER2-low", new FhirBoolean(her2.Her2Low)));
        o.Component.Add(Component("her2-ultralow", "HER2-ultralow", new FhirBoolean(her2.Her2Ultralow)));
        var gate = Codes.Local(LocalCodeSystems.TrastuzumabIndication, Codes.Lower(evaluation.Trastuzumab.Indicated), Codes.Lower(evaluation.Trastuzumab.Indicated));
        gate.Text = evaluation.Trastuzumab.Basis;
        o.Component.Add(Component("trastuzumab-indicated", "Trastuzumab indicated", gate));
        return o;
    }

    private static Observation.ComponentComponent Component(string code, string display, DataType value) =>
        new() { Code = Codes.Local(LocalCodeSystems.ObservationComponent, code, display), Value = value };
}
