namespace CdsService.Api.KnowledgeBase;

/// <summary>
/// Where the knowledge base comes from. Production leaves <see cref="Path"/> unset and uses the file embedded in the
/// Rules assembly, so the deployed binary is exactly the tested knowledge base; a path exists for tests and for
/// trying a reviewed change before it is released.
/// </summary>
public sealed class KnowledgeBaseOptions
{
    public const string SectionName = "KnowledgeBase";

    /// <summary>Optional path of a knowledge-base JSON file to load instead of the embedded one.</summary>
    public string? Path { get; set; }
}
