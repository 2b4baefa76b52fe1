namespace CdsService.Api.Tests.KnowledgeBase;

using System.Net;
using System.Text.Json.Nodes;
using CdsService.Rules.KnowledgeBase;
using Microsoft.Extensions.Options;

public sealed class KnowledgeBaseStartupTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("cds-kb-").FullName;

    [Fact]
    public void Start_KnowledgeBaseWithDuplicatedAgent_RefusesToStart()
    {
        var kb = JsonNode.Parse(EmbeddedKnowledgeBase())!;
        var agents = kb["agents"]!.AsArray();
        agents.Add(agents[0]!.DeepClone());
        var path = Write("duplicated-agent.json", System.Text.Encoding.UTF8.GetBytes(kb.ToJsonString()));
        using var factory = new CdsApiFactory().WithWebHostBuilder(b => b.UseSetting("KnowledgeBase:Path", path));

        var error = Assert.Throws<KnowledgeBaseException>(() => factory.CreateClient());

        Assert.Contains(error.Problems, p => p.Contains("duplicate id 'pertuzumab'", StringComparison.Ordinal));
    }

    [Fact]
    public void Start_KnowledgeBasePathToMissingFile_RefusesToStart()
    {
        using var factory = new CdsApiFactory().WithWebHostBuilder(b => b.UseSetting("KnowledgeBase:Path", Path.Combine(_directory, "absent.json")));

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Equal(["KnowledgeBase:Path names a file that does not exist."], error.Failures);
    }

    [Fact]
    public async Task Start_KnowledgeBasePathToValidFile_ServesThatFile()
    {
        var path = Write("copy.json", EmbeddedKnowledgeBase());
        using var embedded = new CdsApiFactory();
        using var fromFile = new CdsApiFactory().WithWebHostBuilder(b => b.UseSetting("KnowledgeBase:Path", path));

        var expected = await GetHashAsync(embedded.CreateClient());
        var actual = await GetHashAsync(fromFile.CreateClient());

        Assert.Equal(expected, actual);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static byte[] EmbeddedKnowledgeBase()
    {
        using var stream = typeof(KnowledgeBaseLoader).Assembly.GetManifestResourceStream(KnowledgeBaseLoader.ResourceName)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static async Task<string?> GetHashAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/v1/knowledge-base", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadJsonAsync()).GetProperty("hash").GetString();
    }

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
