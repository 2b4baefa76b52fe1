namespace CdsService.Api.Batches.Contracts;

/// <summary>Where to poll and where the reports will be once the batch is done.</summary>
public sealed record BatchLinks(string Self, string ReportMarkdown, string ReportHtml, string ReportCsv, string ReportJson)
{
    /// <summary>
    /// Once the batch is finished: the HTML report as a signed link that opens in a browser without an API key, valid
    /// for ReportLinks:LifetimeMinutes (docs/operations.md, "Report links"); null before.
    /// </summary>
    public Uri? ReportLink { get; init; }

    public static BatchLinks For(Guid id)
    {
        var self = $"/api/v1/batches/{id}";
        return new BatchLinks(self, self + "/report?format=md", self + "/report?format=html", self + "/report?format=csv", self + "/report?format=json");
    }
}
