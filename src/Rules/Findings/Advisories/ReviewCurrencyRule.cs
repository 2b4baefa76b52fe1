namespace CdsService.Rules.Findings.Advisories;

/// <summary>The review is from 2011: its phases and outcomes are of that time (shared/knowledge/currency-notes.md).</summary>
public sealed class ReviewCurrencyRule : IAdvisoryRule
{
    private static readonly RuleResult Always = RuleResult.Fired("Every answer rests on the 2011 review.");

    public string Id => "review-currency";

    public AdvisoryKind Kind => AdvisoryKind.Warning;

    public string StatementId => "warning.review-currency";

    public IReadOnlyList<string> Inputs => [];

    public RuleResult Evaluate(in AdvisoryContext context) => Always;
}
