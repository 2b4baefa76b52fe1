namespace CdsService.Api.Recommendations;

using CdsService.Api.Recommendations.Contracts;
using CdsService.Rules.Engine;
using CdsService.Rules.KnowledgeBase;

/// <summary>Rules citations, dated notes and availability to their wire shape; shared by the recommendation and knowledge-base answers.</summary>
public static class CitationMapper
{
    public static CitationResponse ToResponse(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        return new CitationResponse
        {
            Ref = citation.Ref,
            Source = citation.Source,
            Text = citation.Text,
            Section = citation.Section,
            Url = citation.Url,
            Paper = citation.Paper,
            Identification = citation.Identification,
        };
    }

    public static IReadOnlyList<CitationResponse> ToResponse(IReadOnlyList<Citation> citations) =>
        [.. citations.Select(ToResponse)];

    public static CurrencyResponse ToResponse(CurrencyNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return new CurrencyResponse
        {
            Id = note.Id, AsOf = note.AsOf, AsOfKind = note.AsOfKind, Note = note.Note, ClinicianNote = note.ClinicianNote, Verified = note.Verified,
            Sources = ToResponse(note.Sources),
        };
    }

    public static IReadOnlyList<CurrencyResponse> ToResponse(IReadOnlyList<CurrencyNote> notes) => [.. notes.Select(ToResponse)];

    public static IReadOnlyList<SourceResponse> ToResponse(IReadOnlyList<SourceLink> sources) =>
        [.. sources.Select(s => new SourceResponse { Url = s.Url, Kind = s.Kind, Detail = s.Detail, ReliedOn = s.ReliedOn })];

    public static AvailabilityResponse ToResponse(AgentAvailability availability)
    {
        ArgumentNullException.ThrowIfNull(availability);
        return new AvailabilityResponse
        {
            Status = AvailabilityText.Wire(availability.Status),
            Tier = availability.Tier,
            Label = AvailabilityText.Label(availability.Status),
            Indication = availability.Indication,
            Note = availability.Note,
            AsOf = availability.AsOf,
            Verified = availability.Verified,
            Sources = ToResponse(availability.Sources),
        };
    }
}
