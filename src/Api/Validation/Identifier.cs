namespace CdsService.Api.Validation;

using CdsService.Api.Persistence.Audit;

/// <summary>
/// Identifiers a caller chooses and the service stores: patientId on every channel, hookInstance, a feedback card id.
/// One limit, the width of their columns, checked at every edge, so none reaches the database too long
/// (docs/security.md, "Hostile input").
/// </summary>
public static class Identifier
{
    public const int MaxLength = EvaluationRecord.PatientIdMaxLength;

    public static readonly string TooLong = $"must be at most {MaxLength} characters";

    public const string Invisible = "must not contain bidirectional-override, zero-width or control characters";

    /// <summary>The problem as a sentence of its own ("Must be at most 256 characters."), or null.</summary>
    public static string? ProblemSentence(string? value) =>
        Problem(value) is { } p ? string.Concat(char.ToUpperInvariant(p[0]).ToString(), p[1..], ".") : null;

    /// <summary>What is wrong with the identifier, or null when it may be stored.</summary>
    public static string? Problem(string? value) =>
        value is { Length: > MaxLength } ? TooLong
        : value is not null && value.Any(IsInvisible) ? Invisible
        : null;

    /// <summary>
    /// Characters that make an id display as another (Unicode TR #36 section 2.4 and CVE-2021-42574, "Trojan Source"):
    /// the bidirectional embeddings, overrides, isolates and marks, the zero-width characters, and C0/C1 controls.
    /// </summary>
    public static bool IsInvisible(char c) =>
        char.IsControl(c)
        || c is '\u061C' or '\u200E' or '\u200F' or '\u00AD' or '\u180E' or '\uFEFF'
        || c is >= '\u200B' and <= '\u200D'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2060' and <= '\u2069';
}
