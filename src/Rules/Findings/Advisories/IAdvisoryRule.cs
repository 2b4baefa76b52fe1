namespace CdsService.Rules.Findings.Advisories;

/// <summary>
/// A rule that adds a warning or a note. Its text is the knowledge-base statement <see cref="StatementId"/>; the rule
/// only decides whether it applies. Advisories never change findings, options or their order.
/// </summary>
public interface IAdvisoryRule
{
    /// <summary>The warning or note code in the answer; also the rule id in the rule outcomes.</summary>
    string Id { get; }

    AdvisoryKind Kind { get; }

    string StatementId { get; }

    IReadOnlyList<string> Inputs { get; }

    RuleResult Evaluate(in AdvisoryContext context);
}
