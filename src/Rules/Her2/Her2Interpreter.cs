namespace CdsService.Rules.Her2;

using CdsService.Rules.Engine;
using CdsService.Rules.KnowledgeBase;
using CdsService.Rules.Model;

/// <summary>ASCO/CAP 2018 (affirmed 2023) HER2 interpretation (shared/knowledge/her2-testing.md).</summary>
public static class Her2Interpreter
{
    public const string Guideline = "ASCO/CAP 2018 (affirmed 2023)";

    /// <summary>Statement ids this interpreter reads from the knowledge base.</summary>
    public static IReadOnlyList<string> RequiredStatements { get; } = [];

    public static Her2Interpretation Interpret(Her2Tests? tests, KnowledgeBase kb)
    {
        ArgumentNullException.ThrowIfNull(kb);
        _ = tests;
        return new Her2Interpretation(Her2Status.Unknown, null, false, false, "placeholder", Guideline, [], [], []);
    }
}
