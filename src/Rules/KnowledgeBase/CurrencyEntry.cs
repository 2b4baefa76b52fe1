namespace CdsService.Rules.KnowledgeBase;

using CdsService.Rules.Engine;

/// <summary>
/// A dated note about events after the review (docs/clinical-rules.md, "Dated notes"). <see cref="Subjects"/> are the
/// agent, finding, advisory or HER2-label ids it is shown with. Kept apart from the review-derived content: it never
/// changes a level or a rank.
/// </summary>
public sealed record CurrencyEntry(
    string Id,
    IReadOnlyList<string> Subjects,
    string AsOf,
    string Note,
    string? ClinicianNote,
    bool Verified,
    IReadOnlyList<SourceLink> Sources,
    bool MarkerNotValidated = false,
    string? Label = null,
    IReadOnlyList<string>? Agents = null,
    string AsOfKind = CurrencyNote.EventDate)
{
    public CurrencyNote ToNote() => new(Id, AsOf, Note, ClinicianNote, Verified, Sources, MarkerNotValidated, Label) { Agents = Agents ?? [], AsOfKind = AsOfKind };
}
