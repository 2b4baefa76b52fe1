namespace CdsService.Rules.Engine;

using CdsService.Rules.KnowledgeBase;

/// <summary>A testing step the guideline requires before HER2 status can be final (codes: reflex-ish,
/// concurrent-ihc, blinded-recount, adjudicate, dual-probe-ish, her2-testing).</summary>
public sealed record RequiredAction(string Code, string Text);

/// <summary>Something the clinician should check; <see cref="Citations"/> may be empty for service-level warnings.</summary>
public sealed record Warning(string Code, string Text, IReadOnlyList<Citation> Citations)
{
    /// <summary>Dated notes shown with this warning (for example the later trastuzumab deruxtecan approvals with a HER2-low label).</summary>
    public IReadOnlyList<CurrencyNote> Currency { get; init; } = [];
}

/// <summary>Context that is neither a finding nor a warning (a favourable genotype, primary vs acquired resistance).</summary>
public sealed record Note(string Code, string Text, IReadOnlyList<Citation> Citations)
{
    /// <summary>Dated notes shown with this note (for example the later FcγR studies with the favourable genotype).</summary>
    public IReadOnlyList<CurrencyNote> Currency { get; init; } = [];
}

/// <summary>
/// A dated statement about what happened after the review, with its sources; never changes a level or a rank.
/// <see cref="ClinicianNote"/> is what the note means for a treatment decision, where the source gives one.
/// </summary>
/// <see cref="MarkerNotValidated"/>: later evidence says the finding's marker must not be used to choose therapy; an
/// option matched through it says so at its rank, and lens 'current' does not match it (docs/clinical-rules.md,
/// "Markers later evidence does not validate"). <see cref="Agents"/> are the Table 1 agents the note names (empty: it
/// concerns the marker whatever the agent); <see cref="Label"/> names the evidence in clinician text ("FinHer, 2018").
/// <see cref="AsOfKind"/>: <see cref="EventDate"/> when <see cref="AsOf"/> dates the event or its publication,
/// <see cref="SearchDate"/> when no event date was found and <see cref="AsOf"/> is the month the sources were searched
/// (shown as "Searched 2026-12", never as if something happened then).
public sealed record CurrencyNote(string Id, string AsOf, string Note, string? ClinicianNote, bool Verified, IReadOnlyList<SourceLink> Sources, bool MarkerNotValidated = false, string? Label = null)
{
    public const string EventDate = "event";
    public const string SearchDate = "search";

    public static IReadOnlyList<string> AsOfKinds { get; } = [EventDate, SearchDate];

    public IReadOnlyList<string> Agents { get; init; } = [];

    public string AsOfKind { get; init; } = EventDate;

    /// <summary>"as of 2016", or "searched 2026-12" when no event date was found.</summary>
    public string DatePhrase => AsOfKind == SearchDate ? "searched " + AsOf : "as of " + AsOf;
}
