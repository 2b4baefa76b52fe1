namespace CdsService.Api.CdsHooks.Prefetch;

using System.Text.Json;

/// <summary>Resources obtained for one prefetch key, or why they could not be had (the 412 diagnostics).</summary>
public sealed record FetchResult(IReadOnlyList<JsonElement> Resources, string? Failure)
{
    public bool Succeeded => Failure is null;

    public static FetchResult Empty { get; } = new([], null);

    public static FetchResult Of(IReadOnlyList<JsonElement> resources) => new(resources, null);

    public static FetchResult Failed(string why) => new([], why);
}
