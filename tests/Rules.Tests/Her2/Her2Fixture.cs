namespace CdsService.Rules.Tests.Her2;

using CdsService.Rules.Engine;
using CdsService.Rules.Her2;
using CdsService.Rules.KnowledgeBase;
using CdsService.Rules.Model;

/// <summary>
/// Shared by the HER2 test classes: the real embedded knowledge base, loaded once and required to hold every
/// statement the interpreter declares, so the tests see the texts and citations the service will return.
/// </summary>
public sealed class Her2Fixture
{
    private static readonly Lazy<KnowledgeBase> Loaded = new(() =>
        KnowledgeBaseLoader.LoadEmbedded(CdsEngine.Requirements));

    public KnowledgeBase Kb => Loaded.Value;

    public Statement Statement(string id) => Kb.Statement(id);

    public Her2Interpretation Interpret(Her2Tests? tests) => Her2Interpreter.Interpret(tests, Kb);
}
