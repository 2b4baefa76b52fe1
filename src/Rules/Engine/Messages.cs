namespace CdsService.Rules.Engine;

/// <summary>A testing step the guideline requires before HER2 status can be final (codes: reflex-ish,
/// concurrent-ihc, blinded-recount, adjudicate, dual-probe-ish, her2-testing).</summary>
public sealed record RequiredAction(string Code, string Text);

/// <summary>Something the clinician should check; <see cref="Citations"/> may be empty for service-level warnings.</summary>
public sealed record Warning(string Code, string Text, IReadOnlyList<Citation> Citations);

/// <summary>Context that is neither a finding nor a warning (a favourable genotype, primary vs acquired resistance).</summary>
public sealed record Note(string Code, string Text, IReadOnlyList<Citation> Citations);

/// <summary>A dated statement about what happened after the review; never changes a level or a rank.</summary>
public sealed record CurrencyNote(string AsOf, string Note, IReadOnlyList<Citation> Citations, bool Verified);
