namespace CdsService.Api.CdsHooks.Cards;

using CdsService.Api.CdsHooks.Evaluation;

/// <summary>What every card of one answer shares: the evaluation, its report link and the patient reference.</summary>
public sealed record CardContext(HookEvaluation Evaluation, Uri ReportUrl, string PatientId)
{
    public Rules.Engine.Evaluation Result => Evaluation.Result;
}
