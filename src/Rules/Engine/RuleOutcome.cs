namespace CdsService.Rules.Engine;

/// <summary>What one rule did for this patient: every rule reports, fired or not, so the answer shows its basis.</summary>
public sealed record RuleOutcome(string RuleId, RuleOutcomeKind Outcome, IReadOnlyList<string> Inputs, string Detail);
