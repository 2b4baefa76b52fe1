namespace CdsService.Rules.KnowledgeBase.Json;

using CdsService.Rules.Engine;

// The file's closed vocabularies, in one place for the validator and the mapper.
internal static class Vocabulary
{
    // The review's numbered reference list runs from 1 to 132 (docs/clinical-rules.md, "Sources").
    public const int FirstReference = 1;
    public const int LastReference = 132;

    public static IReadOnlyList<string> Confidences { get; } = ["confirmed", "probable", "probable-weak"];

    public static bool TryParseEffect(string? text, out FindingEffect effect)
    {
        (var ok, effect) = text switch
        {
            "resistance" => (true, FindingEffect.Resistance),
            "reduced-benefit" => (true, FindingEffect.ReducedBenefit),
            "uncertain" => (true, FindingEffect.Uncertain),
            _ => (false, default),
        };
        return ok;
    }

    public static bool TryParseLevel(string? text, out EvidenceLevel level)
    {
        (var ok, level) = text switch
        {
            "A" => (true, EvidenceLevel.A),
            "B" => (true, EvidenceLevel.B),
            "C" => (true, EvidenceLevel.C),
            "D" => (true, EvidenceLevel.D),
            "X" => (true, EvidenceLevel.X),
            _ => (false, default),
        };
        return ok;
    }

    public static IReadOnlyList<string> AvailabilityStatuses { get; } =
        ["approved-her2-breast", "approved-other", "investigational", "discontinued", "unknown"];

    public static bool TryParseAvailability(string? text, out AvailabilityStatus status)
    {
        (var ok, status) = text switch
        {
            "approved-her2-breast" => (true, AvailabilityStatus.ApprovedHer2Breast),
            "approved-other" => (true, AvailabilityStatus.ApprovedOther),
            "investigational" => (true, AvailabilityStatus.Investigational),
            "discontinued" => (true, AvailabilityStatus.Discontinued),
            "unknown" => (true, AvailabilityStatus.Unknown),
            _ => (false, default),
        };
        return ok;
    }

    public static AvailabilityStatus Availability(string? text) =>
        TryParseAvailability(text, out var status) ? status : throw new KnowledgeBaseException($"unknown availability status '{text}'");

    public static FindingEffect Effect(string? text) =>
        TryParseEffect(text, out var effect) ? effect : throw new KnowledgeBaseException($"unknown effect '{text}'");

    public static EvidenceLevel Level(string? text) =>
        TryParseLevel(text, out var level) ? level : throw new KnowledgeBaseException($"unknown evidence level '{text}'");
}
