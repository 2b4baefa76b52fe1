namespace CdsService.Api.CdsHooks.Contracts;

/// <summary>One entry of the discovery response (CDS Hooks 2.0 §Discovery, docs/cds-hooks.md D3).</summary>
public sealed record CdsServiceDescriptor(
    string Hook,
    string Title,
    string Description,
    string Id,
    IReadOnlyDictionary<string, string> Prefetch,
    string? UsageRequirements = null);

/// <summary>CDS Hooks 2.0 §Discovery: <c>{ "services": [...] }</c>.</summary>
public sealed record DiscoveryResponse(IReadOnlyList<CdsServiceDescriptor> Services);
