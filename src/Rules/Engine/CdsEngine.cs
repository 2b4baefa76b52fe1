namespace CdsService.Rules.Engine;

using CdsService.Rules.KnowledgeBase;
using CdsService.Rules.Model;

/// <summary>Runs the HER2 interpretation, every finding rule and the ranking for one patient. Thread-safe, allocation-light.</summary>
public sealed class CdsEngine(KnowledgeBase kb)
{
    public const string EngineVersion = "1.0.0";

    public KnowledgeBase KnowledgeBase { get; } = kb;

    public static KnowledgeBaseRequirements Requirements { get; } = new([], []);

    /// <summary>Loads and validates the embedded knowledge base against the rules' requirements; throws when invalid.</summary>
    public static CdsEngine CreateDefault() => new(KnowledgeBaseLoader.LoadEmbedded(Requirements));

    public Evaluation Evaluate(PatientPanel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        throw new InvalidOperationException($"placeholder: the engine is written in the rules work ({KnowledgeBase.Version})");
    }
}
