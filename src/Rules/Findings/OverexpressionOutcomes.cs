namespace CdsService.Rules.Findings;

using CdsService.Rules.Model;

/// <summary>The three precomputed answers shared by the receptor and mucin overexpression rules (no allocation per call).</summary>
internal sealed class OverexpressionOutcomes(string markerId, string displayName)
{
    private readonly RuleResult _absent = RuleResult.NotApplicable($"{displayName} not reported.");
    private readonly RuleResult _overexpressed = RuleResult.Fired($"This patient: {displayName} overexpressed.");
    private readonly RuleResult _normal = RuleResult.NotFired($"{displayName} expression normal.");

    public IReadOnlyList<string> Inputs { get; } = [markerId];

    public RuleResult For(ExpressionLevel? level) => level switch
    {
        null => _absent,
        ExpressionLevel.Overexpressed => _overexpressed,
        _ => _normal,
    };
}
