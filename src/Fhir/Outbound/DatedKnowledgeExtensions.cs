namespace CdsService.Fhir.Outbound;

using CdsService.Fhir.Terminology;
using CdsService.Rules.Engine;
using CdsService.Rules.KnowledgeBase;
using Hl7.Fhir.Model;

/// <summary>
/// Dated knowledge from after the review as extensions (docs/fhir.md, "Extensions"): an agent's availability and a
/// dated note, each with every source and its kind, field for field as the REST answer carries them
/// (docs/clinical-rules.md, "Availability", "Dated notes" and "Sources").
/// </summary>
internal static class DatedKnowledgeExtensions
{
    public static Extension Availability(AgentAvailability availability)
    {
        ArgumentNullException.ThrowIfNull(availability);
        var ext = new ComplexExtension(ExtensionUrls.Availability)
            .Add("status", new Code(AvailabilityText.Wire(availability.Status)))
            .Add("tier", new Integer(availability.Tier))
            .Add("label", AvailabilityText.Label(availability.Status))
            .Add("indication", availability.Indication)
            .Add("note", availability.Note)
            .Add("asOf", availability.AsOf)
            .Add("verified", new FhirBoolean(availability.Verified));
        foreach (var source in availability.Sources) ext.Add(Source(source));
        return ext.Extension;
    }

    public static Extension DatedNote(CurrencyNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var ext = new ComplexExtension(ExtensionUrls.DatedNote)
            .Add("id", new Id(note.Id))
            .Add("asOf", note.AsOf)
            .Add("asOfKind", new Code(note.AsOfKind))
            .Add("note", note.Note)
            .Add("clinicianNote", note.ClinicianNote)
            .Add("verified", new FhirBoolean(note.Verified));
        foreach (var source in note.Sources) ext.Add(Source(source));
        return ext.Extension;
    }

    /// <summary>The availability in one line, as every channel shows it beside a rank: "tier 2, other indication (unverified)".</summary>
    public static string Badge(AgentAvailability availability) =>
        AvailabilityText.Badge(availability) + (availability.Verified ? string.Empty : ", unverified");

    /// <summary>A dated note as an Annotation (Observation.note): its words, and the same note as an extension.</summary>
    public static Annotation Annotation(CurrencyNote note)
    {
        var annotation = new Annotation { Text = new Markdown(Words(note)) };
        annotation.Extension.Add(DatedNote(note));
        return annotation;
    }

    /// <summary>
    /// "From outside the review (as of 2019-05, unverified): ... For the clinician: ..." ("searched 2026-12" when the note
    /// has no event date). Some notes predate the review, so the words do not say "after".
    /// </summary>
    public static string Words(CurrencyNote note) =>
        $"From outside the review ({note.DatePhrase}{(note.Verified ? string.Empty : ", unverified")}): {note.Note}"
        + (note.ClinicianNote is { } advice ? " For the clinician: " + advice : string.Empty);

    private static Extension Source(SourceLink source) => new ComplexExtension(ExtensionUrls.Source)
        .Add("url", new FhirUri(source.Url))
        .Add("kind", new Code(source.Kind))
        .Add("detail", source.Detail)
        .Add("reliedOn", new FhirBoolean(source.ReliedOn))
        .Extension;
}
