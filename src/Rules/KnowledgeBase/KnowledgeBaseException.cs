namespace CdsService.Rules.KnowledgeBase;

/// <summary>The knowledge base is missing, unreadable or invalid: the service must not start.</summary>
public sealed class KnowledgeBaseException : Exception
{
    public KnowledgeBaseException() { }

    public KnowledgeBaseException(string message) : base(message) { }

    public KnowledgeBaseException(string message, Exception inner) : base(message, inner) { }

    public KnowledgeBaseException(IReadOnlyList<string> problems)
        : base("The knowledge base is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "- " + p)))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; } = [];
}
