namespace CdsService.Rules.KnowledgeBase;

using System.Text.Json;
using CdsService.Rules.KnowledgeBase.Json;

/// <summary>Reads the embedded knowledge-base.json, validates it and builds the immutable <see cref="KnowledgeBase"/>.</summary>
public static class KnowledgeBaseLoader
{
    public const string ResourceName = "CdsService.Rules.knowledge-base.json";

    public static KnowledgeBase LoadEmbedded(KnowledgeBaseRequirements requirements)
    {
        using var stream = typeof(KnowledgeBaseLoader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new KnowledgeBaseException($"embedded resource {ResourceName} is missing");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Load(buffer.ToArray(), requirements);
    }

    /// <summary>Validates <paramref name="json"/> and throws one <see cref="KnowledgeBaseException"/> listing every problem.</summary>
    public static KnowledgeBase Load(byte[] json, KnowledgeBaseRequirements requirements)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(requirements);

        KnowledgeBaseDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, KnowledgeBaseJsonContext.Default.KnowledgeBaseDocument);
        }
        catch (JsonException e)
        {
            throw new KnowledgeBaseException([$"malformed JSON: {e.Message}"]);
        }

        if (document is null)
            throw new KnowledgeBaseException(["malformed JSON: the document is null"]);

        var problems = DocumentValidator.Validate(document, requirements);
        if (problems.Count > 0)
            throw new KnowledgeBaseException(problems);

        return new DocumentMapper(document, KnowledgeBaseHash.Compute(json)).Map();
    }
}
