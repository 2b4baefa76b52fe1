namespace CdsService.Fhir.Outbound;

using System.Globalization;
using CdsService.Rules.Engine;
using Hl7.Fhir.Model;

/// <summary>
/// Citations as R4 RelatedArtifact (type citation): the review's reference n keeps its number in <c>label</c> and
/// its identified paper only when the knowledge base has one; an external source carries its URL. Never a URL or
/// paper the knowledge base does not hold (never invent a citation).
/// </summary>
internal static class CitationArtifacts
{
    public static RelatedArtifact From(Citation c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var label = c.Ref is { } n ? string.Create(CultureInfo.InvariantCulture, $"[{n}]") : c.Source ?? Citation.ReviewSource;
        var parts = new List<string>(4);
        if (c.Ref is { } r) parts.Add(string.Create(CultureInfo.InvariantCulture, $"Review reference [{r}]"));
        else if (c.Source == Citation.ReviewSource) parts.Add("The review (Bailey et al., probable identity)");
        else if (c.Source is { } s) parts.Add(s);
        if (c.Paper is { } paper) parts.Add(c.Identification is { } id ? $"{paper} (identification: {id})" : paper);
        if (c.Text is { } text) parts.Add(text);
        if (c.Section is { } section) parts.Add($"section \"{section}\"");
        var artifact = new RelatedArtifact
        {
            Type = RelatedArtifact.RelatedArtifactType.Citation,
            Label = label,
            Display = c.Paper ?? label,
            Citation = string.Join(". ", parts),
        };
        if (c.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out _)) artifact.Url = url;
        return artifact;
    }

    public static IEnumerable<RelatedArtifact> From(IEnumerable<Citation> citations) => citations.Select(From);

    /// <summary>A dated note: label = the note id, the words as citation, the note itself (all sources) as an extension.</summary>
    public static RelatedArtifact FromCurrency(CurrencyNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var artifact = new RelatedArtifact
        {
            Type = RelatedArtifact.RelatedArtifactType.Documentation,
            Label = note.Id,
            Display = $"From outside the review ({note.DatePhrase}{(note.Verified ? string.Empty : ", unverified")})",
            Citation = note.ClinicianNote is { } advice ? note.Note + " For the clinician: " + advice : note.Note,
        };
        if (note.Sources.FirstOrDefault(s => s.ReliedOn && Uri.TryCreate(s.Url, UriKind.Absolute, out _)) is { } source) artifact.Url = source.Url;
        artifact.Extension.Add(DatedKnowledgeExtensions.DatedNote(note));
        return artifact;
    }
}
