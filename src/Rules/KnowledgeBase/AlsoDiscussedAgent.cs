namespace CdsService.Rules.KnowledgeBase;

using CdsService.Rules.Engine;

/// <summary>
/// An agent the review discusses outside Table 1 (neratinib, sorafenib, ertumaxomab): listed with its availability and
/// dated notes, never ranked.
/// </summary>
public sealed record AlsoDiscussedAgent(string Id, string Name, string Text, IReadOnlyList<Citation> Citations, AgentAvailability Availability);
