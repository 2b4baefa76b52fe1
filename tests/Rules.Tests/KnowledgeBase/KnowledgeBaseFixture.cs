namespace CdsService.Rules.Tests.KnowledgeBase;

using System.Text;
using System.Text.Json.Nodes;
using CdsService.Rules.KnowledgeBase;

/// <summary>The embedded file's bytes, and edited copies of it for the refusal tests.</summary>
public static class KnowledgeBaseFixture
{
    private static readonly Lazy<byte[]> EmbeddedBytes = new(ReadEmbedded);

    public static byte[] Embedded => (byte[])EmbeddedBytes.Value.Clone();

    public static CdsService.Rules.KnowledgeBase.KnowledgeBase Load() => KnowledgeBaseLoader.LoadEmbedded(RequiredIds.Requirements);

    public static byte[] Edit(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(EmbeddedBytes.Value)!.AsObject();
        edit(root);
        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    public static IReadOnlyList<string> Problems(byte[] json, KnowledgeBaseRequirements? requirements = null)
    {
        var e = Assert.Throws<KnowledgeBaseException>(() => KnowledgeBaseLoader.Load(json, requirements ?? RequiredIds.Requirements));
        Assert.NotEmpty(e.Problems);
        return e.Problems;
    }

    public static JsonObject Agent(JsonObject root, string id) =>
        root["agents"]!.AsArray().Select(a => a!.AsObject()).Single(a => (string?)a["id"] == id);

    private static byte[] ReadEmbedded()
    {
        using var stream = typeof(KnowledgeBaseLoader).Assembly.GetManifestResourceStream(KnowledgeBaseLoader.ResourceName)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
