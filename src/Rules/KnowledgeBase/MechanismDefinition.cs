namespace CdsService.Rules.KnowledgeBase;

using CdsService.Rules.Engine;

/// <summary>One resistance mechanism of the review's Figure 1b.</summary>
public sealed record MechanismDefinition(string Id, string Name, string Description, IReadOnlyList<Citation> Citations);
