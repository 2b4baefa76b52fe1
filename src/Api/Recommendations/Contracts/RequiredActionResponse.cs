namespace CdsService.Api.Recommendations.Contracts;

/// <summary>A testing step the guideline requires.</summary>
public sealed record RequiredActionResponse
{
    /// <summary>One of "reflex-ish", "concurrent-ihc", "blinded-recount", "adjudicate", "dual-probe-ish", "her2-testing".</summary>
    public required string Code { get; init; }

    /// <summary>What to do, in words.</summary>
    public required string Text { get; init; }
}
