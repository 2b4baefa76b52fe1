namespace CdsService.Api.KnowledgeBase.Contracts;

/// <summary>The whole knowledge base: every clinical statement the service can make, with its sources.</summary>
public sealed record KnowledgeBaseResponse
{
    /// <summary>Knowledge-base version (appears in every answer and audit row).</summary>
    public required string Version { get; init; }

    /// <summary>SHA-256 of the knowledge-base file.</summary>
    public required string Hash { get; init; }

    /// <summary>Date the content is effective from.</summary>
    public required string EffectiveDate { get; init; }

    /// <summary>The source review and how sure its identification is.</summary>
    public required ReviewIdentityResponse Source { get; init; }

    /// <summary>Version of the ranking policy.</summary>
    public required string RankingPolicyVersion { get; init; }

    /// <summary>The review's numbered references, identified where possible.</summary>
    public required IReadOnlyList<ReferenceResponse> References { get; init; }

    /// <summary>Resistance mechanisms of the review's Figure 1b.</summary>
    public required IReadOnlyList<MechanismResponse> Mechanisms { get; init; }

    /// <summary>Finding definitions: what each marker rule means and where the review says it.</summary>
    public required IReadOnlyList<FindingDefinitionResponse> Findings { get; init; }

    /// <summary>The 22 rows of the review's Table 1, in table order.</summary>
    public required IReadOnlyList<AgentResponse> Agents { get; init; }

    /// <summary>Evidence levels A, B, C, D, X with their meaning.</summary>
    public required IReadOnlyList<EvidenceLevelResponse> EvidenceLevels { get; init; }

    /// <summary>Agents discussed in the review's text but not in Table 1: listed, never ranked.</summary>
    public required IReadOnlyList<AlsoDiscussedResponse> AlsoDiscussed { get; init; }

    /// <summary>Dated notes on events after the review, kept apart: they never change a level or a rank.</summary>
    public required IReadOnlyList<CurrencyEntryResponse> CurrencyNotes { get; init; }
}
