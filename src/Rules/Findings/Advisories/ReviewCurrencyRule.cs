namespace CdsService.Rules.Findings.Advisories;

/// <summary>
/// The review is from 2011: its phases and outcomes are of that time. Every answer says so, and that each option and
/// finding carries its availability and dated notes (docs/clinical-rules.md, "Dated notes").
/// </summary>
public sealed class ReviewCurrencyRule : IAdvisoryRule
{
    private const string Statement = "warning.review-currency";

    private static readonly AdvisoryResult Always = AdvisoryResult.Fired("Every answer rests on the 2011 review.", Statement);

    public string Id => "review-currency";

    public AdvisoryKind Kind => AdvisoryKind.Warning;

    public IReadOnlyList<string> StatementIds { get; } = [Statement];

    public IReadOnlyList<string> Inputs => [];

    public AdvisoryResult Evaluate(in AdvisoryContext context) => Always;
}
