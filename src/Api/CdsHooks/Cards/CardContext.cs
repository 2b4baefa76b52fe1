namespace CdsService.Api.CdsHooks.Cards;

using CdsService.Api.CdsHooks.Evaluation;

/// <summary>
/// What every card of one answer shares: the evaluation, its report link, the patient reference, and the app's SMART
/// launch URL when SMART launch is configured (docs/smart.md).
/// </summary>
public sealed record CardContext(HookEvaluation Evaluation, Uri ReportUrl, string PatientId, Uri? SmartLaunchUrl = null)
{
    public Rules.Engine.Evaluation Result => Evaluation.Result;
}
