namespace CdsService.Api.Recommendations.Contracts;

using System.Text.Json.Serialization;

/// <summary>
/// One citation, in one of three shapes: the review's reference n ({ref, text, section, paper?, identification?}),
/// the review itself ({source: "review", section, text}), or an external source ({source, url, text}).
/// Members that do not apply are omitted.
/// </summary>
public sealed record CitationResponse
{
    /// <summary>The review's reference number (1-132).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Ref { get; init; }

    /// <summary>"review" for the review itself, otherwise the name of an external source.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Source { get; init; }

    /// <summary>What the cited work supports here.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Text { get; init; }

    /// <summary>The review's section heading where the statement is made.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Section { get; init; }

    /// <summary>URL of an external source.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Url { get; init; }

    /// <summary>The identified paper behind reference n, where it could be identified.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Paper { get; init; }

    /// <summary>How sure the identification is: "confirmed" or "probable".</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Identification { get; init; }
}
