namespace CdsService.Rules.Findings.Advisories;

using CdsService.Rules.Model;

/// <summary>
/// Whenever serum HER2 ECD is given, say that its cut-off is external to the review and that [13] makes it a weak,
/// prognostic signal that never decides HER2 status.
/// </summary>
public sealed class SerumEcdThresholdRule : IAdvisoryRule
{
    private static readonly string[] InputIds = [MarkerIds.SerumHer2Ecd];
    private static readonly RuleResult Absent = RuleResult.NotApplicable("Serum HER2 ECD not reported.");
    private static readonly RuleResult Given = RuleResult.Fired("Serum HER2 ECD reported.");

    public string Id => "serum-ecd-threshold";

    public AdvisoryKind Kind => AdvisoryKind.Note;

    public string StatementId => "note.serum-ecd-threshold";

    public IReadOnlyList<string> Inputs => InputIds;

    public RuleResult Evaluate(in AdvisoryContext context) => context.Panel.SerumHer2EcdNgPerMl is null ? Absent : Given;
}
