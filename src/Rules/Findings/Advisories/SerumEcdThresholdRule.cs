namespace CdsService.Rules.Findings.Advisories;

using CdsService.Rules.Model;

/// <summary>
/// Whenever serum HER2 ECD is given, say that its cut-off is external to the review and that [13] reports an
/// association with response, not a HER2 status.
/// </summary>
public sealed class SerumEcdThresholdRule : IAdvisoryRule
{
    private const string Statement = "note.serum-ecd-threshold";

    private static readonly string[] InputIds = [MarkerIds.SerumHer2Ecd];
    private static readonly RuleResult Absent = RuleResult.NotApplicable("Serum HER2 ECD not reported.");
    private static readonly AdvisoryResult Given = AdvisoryResult.Fired("Serum HER2 ECD reported.", Statement);

    public string Id => "serum-ecd-threshold";

    public AdvisoryKind Kind => AdvisoryKind.Note;

    public IReadOnlyList<string> StatementIds { get; } = [Statement];

    public IReadOnlyList<string> Inputs => InputIds;

    public AdvisoryResult Evaluate(in AdvisoryContext context) => context.Panel.SerumHer2EcdNgPerMl is null ? Absent : Given;
}
