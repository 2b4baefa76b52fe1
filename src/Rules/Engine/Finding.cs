namespace CdsService.Rules.Engine;

/// <summary>A resistance-relevant finding: which marker(s) led to it, which mechanism(s) of Figure 1b, and what the review says.</summary>
public sealed record Finding(
    string Id,
    IReadOnlyList<string> Mechanisms,
    FindingEffect Effect,
    string Summary,
    IReadOnlyList<string> Inputs,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<CurrencyNote> Currency);
