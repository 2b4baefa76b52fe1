namespace CdsService.Rules.Findings.Advisories;

using CdsService.Rules.Engine;

/// <summary>
/// An advisory's decision, and which of its knowledge-base statements say it: <see cref="StatementId"/>, then
/// <see cref="SecondStatementId"/> when the text has two parts (what was found, then what it means for this patient).
/// </summary>
public readonly record struct AdvisoryResult(RuleResult Result, string? StatementId = null, string? SecondStatementId = null)
{
    public bool IsFired => Result.IsFired;

    public RuleOutcomeKind Outcome => Result.Outcome;

    public string Detail => Result.Detail;

    public static AdvisoryResult Fired(string detail, string statementId, string? secondStatementId = null) =>
        new(RuleResult.Fired(detail), statementId, secondStatementId);

    public static implicit operator AdvisoryResult(RuleResult result) => new(result);
}
