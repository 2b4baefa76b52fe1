namespace CdsService.Rules.KnowledgeBase;

using CdsService.Rules.Engine;

/// <summary>The clinical text of one finding rule: the C# rule decides when it fires, this says what it means.</summary>
public sealed record FindingDefinition(
    string Id,
    IReadOnlyList<string> Inputs,
    IReadOnlyList<string> Mechanisms,
    FindingEffect Effect,
    string Summary,
    IReadOnlyList<Citation> Citations);
