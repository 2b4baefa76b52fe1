namespace CdsService.Api.Tests.KnowledgeBase;

using System.Net;

public sealed class KnowledgeBaseEndpointTests(CdsApiFactory factory) : IClassFixture<CdsApiFactory>
{
    private static readonly string[] Table1Order =
    [
        "pertuzumab", "cetuximab", "lapatinib", "nvp-aew541", "xl147", "perifosine", "mk2206", "rad001", "ap23573", "aromasin",
        "nvp-auy922", "alvespimycin", "tanespimycin", "trastuzumab-dm1", "bevacizumab", "mdx-h210", "2b1", "erbb2-vaccine",
        "autovac", "rapamune", "e1a", "grn163l",
    ];

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_KnowledgeBase_Returns22AgentsInTable1Order()
    {
        var kb = await GetAsync();

        Assert.Equal(Table1Order, kb.GetProperty("agents").Strings("id"));
        Assert.Equal(Enumerable.Range(1, 22), kb.GetProperty("agents").EnumerateArray().Select(a => a.GetProperty("tableOrder").GetInt32()));
    }

    [Fact]
    public async Task Get_KnowledgeBase_HasTheContractSections()
    {
        var kb = await GetAsync();

        Assert.Equal(
            ["version", "hash", "effectiveDate", "source", "rankingPolicyVersion", "references", "mechanisms", "findings", "agents",
             "evidenceLevels", "alsoDiscussed", "currencyNotes"],
            kb.PropertyNames());
        Assert.Equal(["number", "context", "paper", "ids", "url", "confidence"], kb.GetProperty("references")[0].PropertyNames());
        Assert.Equal(["id", "inputs", "mechanisms", "effect", "summary", "citations"], kb.GetProperty("findings")[0].PropertyNames());
        Assert.Equal(["A", "B", "C", "D", "X"], kb.GetProperty("evidenceLevels").Strings("level"));
        Assert.Equal(
            ["pi3k-hyperactivation", "epitope-loss", "alternative-rtk-signaling", "cell-cycle-escape", "immune-evasion", "reduced-receptor-downregulation"],
            kb.GetProperty("mechanisms").Strings("id"));
    }

    [Fact]
    public async Task Get_KnowledgeBase_AgentsCarryEveryTable1Column()
    {
        var kb = await GetAsync();

        Assert.Equal(
            ["id", "tableOrder", "agent", "target", "mechanismTargeted", "phase", "combinationWithTrastuzumab", "source", "level",
             "levelBasis", "specificFor", "specificBasis", "evidence", "caveats", "citations", "dataQualityNotes", "rxNorm",
             "mechanisms", "excludedFindings", "mechanismBasis", "availability"],
            kb.GetProperty("agents")[0].PropertyNames());
    }

    [Fact]
    public async Task Get_KnowledgeBase_StampMatchesEveryRecommendation()
    {
        var kb = await GetAsync();

        using var response = await _client.PostJsonAsync("""{ "pten": "loss" }""");
        var stamp = (await response.ReadJsonAsync()).GetProperty("knowledgeBase");
        Assert.Equal(kb.GetProperty("version").GetString(), stamp.GetProperty("version").GetString());
        Assert.Equal(kb.GetProperty("hash").GetString(), stamp.GetProperty("hash").GetString());
    }

    private async Task<System.Text.Json.JsonElement> GetAsync()
    {
        using var response = await _client.GetAsync("/api/v1/knowledge-base", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }
}
