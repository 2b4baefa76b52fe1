namespace CdsService.Rules.Engine;

using CdsService.Rules.Vocabulary;
using System.Text;
using CdsService.Rules.Model;

/// <summary>The HER2 interpretation reported as the first rule outcome, so the answer's rule list shows the gate's basis.</summary>
internal static class Her2StatusOutcome
{
    public const string RuleId = "her2-status";

    private static readonly string[] InputIds = [MarkerIds.Her2];

    public static RuleOutcome For(PatientPanel panel, Her2Interpretation her2)
    {
        var kind = panel.Her2?.HasAnyValue != true ? RuleOutcomeKind.NotApplicable
            : her2.Status == Her2Status.Positive ? RuleOutcomeKind.Fired
            : RuleOutcomeKind.NotFired;
        var detail = new StringBuilder(her2.Basis.Length + 64)
            .Append("HER2 ").Append(WireNames.Of(her2.Status)).Append(": ").Append(her2.Basis);
        if (her2.RequiredActions.Count > 0)
        {
            detail.Append(" Required actions: ");
            for (var i = 0; i < her2.RequiredActions.Count; i++)
            {
                if (i > 0) detail.Append(", ");
                detail.Append(her2.RequiredActions[i].Code);
            }

            detail.Append('.');
        }

        return new RuleOutcome(RuleId, kind, InputIds, detail.ToString());
    }
}
