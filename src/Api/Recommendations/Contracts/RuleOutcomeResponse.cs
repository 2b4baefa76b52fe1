namespace CdsService.Api.Recommendations.Contracts;

/// <summary>What one rule did for this patient.</summary>
public sealed record RuleOutcomeResponse
{
    /// <summary>Rule id.</summary>
    public required string Id { get; init; }

    /// <summary>"fired", "not-fired" or "not-applicable" (its inputs were not given).</summary>
    public required string Outcome { get; init; }

    /// <summary>The request fields the rule reads.</summary>
    public required IReadOnlyList<string> Inputs { get; init; }

    /// <summary>What the rule saw, in words.</summary>
    public required string Detail { get; init; }
}
