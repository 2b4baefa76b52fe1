namespace CdsService.Api.Tests.Batches;

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

/// <summary>Submits batches and waits for them the way a tumor-board script does: by polling the status endpoint.</summary>
public static class BatchClient
{
    public const string BatchesPath = "/api/v1/batches";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static string CohortPath => Path.Combine(RepositoryRoot, "examples", "tumor-board", "cohort.csv");

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CdsService.sln")))
                dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("CdsService.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Posts a batch; <paramref name="ranking"/> is sent as the query parameter of that name when given.</summary>
    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string body, string mediaType = "text/csv", string? ranking = null)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return client.PostAsync(ranking is null ? BatchesPath : BatchesPath + "?ranking=" + Uri.EscapeDataString(ranking), content, Ct);
    }

    public static async Task<Uri> SubmitOkAsync(this HttpClient client, string body, string mediaType = "text/csv", string? ranking = null)
    {
        using var response = await client.SubmitAsync(body, mediaType, ranking);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        return response.Headers.Location ?? throw new InvalidOperationException("202 without Location");
    }

    public static async Task<JsonElement> StatusAsync(this HttpClient client, Uri location)
    {
        using var response = await client.GetAsync(location, Ct);
        response.EnsureSuccessStatusCode();
        return await response.ReadJsonAsync();
    }

    /// <summary>Polls until <paramref name="until"/> holds for the status, for at most <paramref name="maxPolls"/> polls.</summary>
    public static async Task<JsonElement> PollAsync(this HttpClient client, Uri location, Func<JsonElement, bool> until, int maxPolls = 2400)
    {
        for (var poll = 0; poll < maxPolls; poll++)
        {
            var status = await client.StatusAsync(location);
            if (until(status))
                return status;
            await Task.Delay(25, Ct);
        }
        throw new TimeoutException($"the batch at {location} did not reach the expected state in {maxPolls} polls");
    }

    public static Task<JsonElement> WaitUntilFinishedAsync(this HttpClient client, Uri location) =>
        client.PollAsync(location, s => s.GetProperty("status").GetString() is "done" or "failed");
}
