namespace CdsService.Api.Evaluations.Reports;

using CdsService.Rules.Engine;

/// <summary>
/// A dated note about what happened after the review, as stored with the answer: never part of the review's
/// evidence. <see cref="Verified"/> is null for answers of a contract that did not record it.
/// </summary>
public sealed record ReportDatedNote(
    string Id,
    string AsOf,
    string Note,
    string? ClinicianNote,
    bool? Verified,
    IReadOnlyList<ReportSource> Sources)
{
    /// <summary>What makes two notes the same: the id, or for notes of older contracts (no id) the date and text.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string Key => Id.Length == 0 ? AsOf + "\n" + Note : Id;

    /// <summary>"event", or "search" when no event date was found and <see cref="AsOf"/> is the month of the search.</summary>
    public string AsOfKind { get; init; } = CurrencyNote.EventDate;

    /// <summary>
    /// "As of 2016", or "Searched 2026-12" for a note with no event date, which must not read as if something happened
    /// in the month of the search (docs/clinical-rules.md, "Dated notes").
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string DateText => AsOfKind == CurrencyNote.SearchDate ? "Searched " + AsOf : "As of " + AsOf;

    /// <summary>The date alone, as a short list shows it: "2016", or "searched 2026-12".</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string ShortDate => AsOfKind == CurrencyNote.SearchDate ? "searched " + AsOf : AsOf;
}

/// <summary>A public page behind a dated fact, with its kind ("FDA", "journal", "trade press" ...).</summary>
public sealed record ReportSource(string Url, string Kind, string? Detail, bool ReliedOn);

/// <summary>What a clinician can do with an agent today, shown beside its rank (docs/clinical-rules.md, "Availability").</summary>
public sealed record ReportAvailability(
    string Status,
    int? Tier,
    string? Label,
    string? Indication,
    string? Note,
    string? AsOf,
    bool Verified,
    IReadOnlyList<ReportSource> Sources);

/// <summary>The lens that ordered the options, its policy version, and the policy in words.</summary>
public sealed record ReportRanking(string Lens, string? PolicyVersion, string? Text);

/// <summary>An agent the review discusses outside Table 1: listed with its availability and notes, never ranked.</summary>
public sealed record ReportAlsoDiscussed(
    string Name,
    string Text,
    IReadOnlyList<ReportCitation> Citations,
    ReportAvailability? Availability,
    IReadOnlyList<ReportDatedNote> Currency);
