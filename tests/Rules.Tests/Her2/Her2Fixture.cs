namespace CdsService.Rules.Tests.Her2;

using CdsService.Rules.Engine;
using CdsService.Rules.Her2;
using CdsService.Rules.KnowledgeBase;
using CdsService.Rules.Model;

/// <summary>
/// Shared across the HER2 test classes. Until the knowledge base loader lands this resolves statements from a
/// stand-in that refuses any id not declared in <see cref="Her2Interpreter.RequiredStatements"/>.
/// </summary>
public sealed class Her2Fixture
{
    public static readonly Citation GuidelineCitation = new() { Source = "ASCO/CAP", Url = "https://doi.org/10.1200/JCO.2018.77.8738" };

    public Statement Statement(string id) =>
        Her2Interpreter.RequiredStatements.Contains(id)
            ? new Statement(id, "Text of " + id + ".", [GuidelineCitation])
            : throw new KnowledgeBaseException($"statement '{id}' is not declared by the HER2 interpreter");

    public Her2Interpretation Interpret(Her2Tests? tests) =>
        Her2InterpretationBuilder.Build(Her2Interpreter.Decide(tests), tests, Statement);
}
