namespace CdsService.Api.Recommendations.Contracts;

/// <summary>The explained answer for one patient. Every statement carries its citations.</summary>
public sealed record RecommendationResponse
{
    /// <summary>Identifier of this evaluation (UUID version 7, time-ordered).</summary>
    public required Guid EvaluationId { get; init; }

    /// <summary>When the evaluation ran, RFC 3339 in UTC.</summary>
    public required DateTime EvaluatedAt { get; init; }

    /// <summary>The knowledge base that produced this answer: version, content hash and the source review.</summary>
    public required KnowledgeBaseStampResponse KnowledgeBase { get; init; }

    /// <summary>The ASCO/CAP HER2 call with its basis and any testing still required.</summary>
    public required Her2Response Her2 { get; init; }

    /// <summary>Whether trastuzumab is indicated, which follows from the HER2 status.</summary>
    public required TrastuzumabResponse Trastuzumab { get; init; }

    /// <summary>Resistance-relevant findings, one per fired rule.</summary>
    public required IReadOnlyList<FindingResponse> Findings { get; init; }

    /// <summary>The 22 Table 1 options ranked for this patient; empty unless HER2 status is "positive".</summary>
    public required IReadOnlyList<OptionResponse> Options { get; init; }

    /// <summary>The lens that ordered the options and the policy in words.</summary>
    public required RankingResponse Ranking { get; init; }

    /// <summary>Agents the review discusses outside Table 1, with their availability; listed, never ranked. Empty unless HER2 is positive.</summary>
    public required IReadOnlyList<AlsoDiscussedOptionResponse> AlsoDiscussed { get; init; }

    /// <summary>Things the clinician should check (discordant results, contradictory markers, why there are no options).</summary>
    public required IReadOnlyList<MessageResponse> Warnings { get; init; }

    /// <summary>Context that is neither a finding nor a warning (favourable genotype, primary vs acquired resistance, limits).</summary>
    public required IReadOnlyList<MessageResponse> Notes { get; init; }

    /// <summary>What the answer rests on: the inputs used and what every rule did.</summary>
    public required BasisResponse Basis { get; init; }

    /// <summary>Decision support for clinicians: it shows its basis for independent review and does not prescribe.</summary>
    public required string Disclaimer { get; init; }
}
