namespace CdsService.Api.Recommendations;

using CdsService.Api.Recommendations.Contracts;
using CdsService.Rules.Engine;

/// <summary>Rules citations to their wire shape; shared by the recommendation and knowledge-base answers.</summary>
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
        return new CurrencyResponse { AsOf = note.AsOf, Note = note.Note, Verified = note.Verified, Citations = ToResponse(note.Citations) };
    }
}
