namespace CdsService.Api.CdsHooks.Prefetch;

using System.Text.Json;

/// <summary>Resources obtained for one prefetch key, or why they could not be had (the 412 diagnostics).</summary>
public sealed record FetchResult(IReadOnlyList<JsonElement> Resources, string? Failure)
{
    public bool Succeeded => Failure is null;

    /// <summary>Optional keys that could not be had, each with why (docs/cds-hooks.md, "Missing markers").</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    public static FetchResult Empty { get; } = new([], null);

    public static FetchResult Of(IReadOnlyList<JsonElement> resources) => new(resources, null);

    public static FetchResult Failed(string why) => new([], why);
}
