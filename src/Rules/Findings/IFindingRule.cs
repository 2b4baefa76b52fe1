namespace CdsService.Rules.Findings;

using CdsService.Rules.Model;

/// <summary>
/// The typed condition of one knowledge-base finding. The rule decides only whether the finding applies; what the
/// finding means (mechanisms, effect, summary, citations) is knowledge-base data under the same <see cref="Id"/>.
/// </summary>
public interface IFindingRule
{
    /// <summary>The knowledge-base finding id (<see cref="FindingIds"/>).</summary>
    string Id { get; }

    /// <summary>The marker ids (<see cref="MarkerIds"/>) the rule reads.</summary>
    IReadOnlyList<string> Inputs { get; }

    RuleResult Evaluate(PatientPanel panel);
}
