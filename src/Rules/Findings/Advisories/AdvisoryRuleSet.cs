namespace CdsService.Rules.Findings.Advisories;

/// <summary>Every advisory rule, in the order their warnings and notes appear.</summary>
public static class AdvisoryRuleSet
{
    public static IReadOnlyList<IAdvisoryRule> Create() =>
    [
        new PtenPik3caCoOccurrenceRule(),
        new PreclinicalEvidenceRule(),
        new ReviewCurrencyRule(),
        new Her2BackboneRule(),
        new LaterHer2OptionsRule(),
        new Her2NegativePi3kApprovalsRule(),
        new FcgrFavourableRule(),
        new ResistanceAcquiredRule(),
        new ResistancePrimaryRule(),
        new ResistanceTypeUnknownRule(),
        new NoResistanceFindingRule(),
        new SerumEcdThresholdRule(),
    ];
}
