namespace CdsService.Api.Validation;

using CdsService.Api.Persistence.Audit;
using CdsService.Fhir;

/// <summary>
/// Identifiers a caller chooses and the service stores: patientId on every channel, hookInstance, a feedback card id.
/// One limit, the width of their columns, checked at every edge, so none reaches the database too long
/// (docs/security.md, "Hostile input").
/// </summary>
public static class Identifier
{
    public const int MaxLength = EvaluationRecord.PatientIdMaxLength;

    public static readonly string TooLong = $"must be at most {MaxLength} characters";

    public const string Invisible = UnsafeText.InvisibleRule;

    /// <summary>The problem as a sentence of its own ("Must be at most 256 characters."), or null.</summary>
    public static string? ProblemSentence(string? value) =>
        Problem(value) is { } p ? string.Concat(char.ToUpperInvariant(p[0]).ToString(), p[1..], ".") : null;

    /// <summary>What is wrong with the identifier, or null when it may be stored.</summary>
    public static string? Problem(string? value) =>
        value is { Length: > MaxLength } ? TooLong
        : value is not null && value.Any(IsInvisible) ? Invisible
        : null;

    /// <summary>Bidirectional, zero-width and control characters (<see cref="UnsafeText.IsInvisible"/>).</summary>
    public static bool IsInvisible(char c) => UnsafeText.IsInvisible(c);
}
