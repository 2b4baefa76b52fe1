namespace CdsService.Rules.Findings.Advisories;

using CdsService.Rules.Model;

/// <summary>
/// The review states that PIK3CA activating mutations are mutually exclusive with PTEN deletion, the two proteins acting
/// on PIP3 in opposite directions [61] ("Hyperactivation of PI3K-Akt pathway"). Both together is quoted as the review
/// states it, with the service's note that later series found co-occurrence, and asks for verification. Only an
/// activating PIK3CA call counts: the review's statement is about activating mutations. Both findings stay.
/// </summary>
public sealed class PtenPik3caCoOccurrenceRule : IAdvisoryRule
{
    /// <summary>The warning code (<c>warnings[].code</c>) this rule emits.</summary>
    public const string Code = "pten-pik3ca-co-occurrence";

    private const string Statement = "warning.pten-pik3ca-co-occurrence";

    private static readonly string[] InputIds = [MarkerIds.Pten, MarkerIds.Pik3ca];
    private static readonly RuleResult Absent = RuleResult.NotApplicable("PTEN and PIK3CA are not both reported.");
    private static readonly AdvisoryResult Both = AdvisoryResult.Fired("PTEN loss and an activating PIK3CA mutation reported together.", Statement);
    private static readonly RuleResult NotBoth = RuleResult.NotFired("PTEN loss and an activating PIK3CA mutation are not both present.");

    public string Id => Code;

    public AdvisoryKind Kind => AdvisoryKind.Warning;

    public IReadOnlyList<string> StatementIds { get; } = [Statement];

    public IReadOnlyList<string> Inputs => InputIds;

    public AdvisoryResult Evaluate(in AdvisoryContext context)
    {
        var panel = context.Panel;
        if (panel.Pten is null || panel.Pik3ca is null) return Absent;
        return panel.Pten == PtenStatus.Loss && Pik3caCall.Classify(panel.Pik3ca) == Pik3caCall.Kind.Activating ? Both : NotBoth;
    }
}
