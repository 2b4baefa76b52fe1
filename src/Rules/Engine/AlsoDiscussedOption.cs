namespace CdsService.Rules.Engine;

using CdsService.Rules.KnowledgeBase;

/// <summary>
/// An agent the review discusses outside Table 1, shown to a HER2-positive patient with its availability and dated
/// notes: listed, never ranked (docs/clinical-rules.md, "Agents").
/// </summary>
public sealed record AlsoDiscussedOption(
    string Id,
    string Name,
    string Text,
    IReadOnlyList<Citation> Citations,
    AgentAvailability Availability,
    IReadOnlyList<CurrencyNote> Currency);
