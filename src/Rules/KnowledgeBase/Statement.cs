namespace CdsService.Rules.KnowledgeBase;

using CdsService.Rules.Engine;

/// <summary>A named clinical sentence with its citations (warnings, notes, the HER2 gate, limits, guideline comments).</summary>
public sealed record Statement(string Id, string Text, IReadOnlyList<Citation> Citations);
