namespace CdsService.Api.Batches.Contracts;

/// <summary>Where to poll and where the reports will be once the batch is done.</summary>
public sealed record BatchLinks(string Self, string ReportMarkdown, string ReportHtml, string ReportCsv, string ReportJson)
{
    public static BatchLinks For(Guid id)
    {
        var self = $"/api/v1/batches/{id}";
        return new BatchLinks(self, self + "/report?format=md", self + "/report?format=html", self + "/report?format=csv", self + "/report?format=json");
    }
}
