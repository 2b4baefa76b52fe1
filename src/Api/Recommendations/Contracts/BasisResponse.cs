namespace CdsService.Api.Recommendations.Contracts;

/// <summary>The basis of the answer, for independent review and audit.</summary>
public sealed record BasisResponse
{
    /// <summary>The request fields that carried a value.</summary>
    public required IReadOnlyList<string> InputsUsed { get; init; }

    /// <summary>Every rule, fired or not.</summary>
    public required IReadOnlyList<RuleOutcomeResponse> Rules { get; init; }

    /// <summary>Version of the rules engine.</summary>
    public required string EngineVersion { get; init; }

    /// <summary>Version of the ranking policy (direction, relevance, level, phase, combination, Table 1 order).</summary>
    public required string RankingPolicy { get; init; }
}
