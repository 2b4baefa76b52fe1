namespace CdsService.Fhir.Inbound;

using Hl7.Fhir.Model;

/// <summary>
/// The resources of a Bundle (any type, nested Bundles included) or of a Parameters, and reference resolution
/// inside them by the rules of R4 Bundle section 3.1.1.4 ("Resolving references in Bundles"): by fullUrl, by
/// "Type/id" against the referring entry's base, and, for entries without fullUrl, by type and id.
/// </summary>
public sealed class ResourceIndex
{
    private const int MaxNesting = 4;
    private readonly Dictionary<string, InputResource> _byFullUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InputResource> _byTypeAndId = new(StringComparer.Ordinal);

    private ResourceIndex(IReadOnlyList<InputResource> all)
    {
        All = all;
        foreach (var r in all)
        {
            if (r.FullUrl is not null) _byFullUrl.TryAdd(r.FullUrl, r);
            if (r.Resource.Id is { Length: > 0 } id) _byTypeAndId.TryAdd($"{r.Resource.TypeName}/{id}", r);
        }
    }

    public IReadOnlyList<InputResource> All { get; }

    /// <summary>Search pages of the input that have a <c>next</c> link: what they hold is only part of the result.</summary>
    public IReadOnlyList<string> IncompletePages { get; private init; } = [];

    /// <summary>Indexes a Bundle or a Parameters; any other resource type is a <see cref="FhirInputException"/>.</summary>
    public static ResourceIndex From(Resource root)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (root is not (Bundle or Parameters))
        {
            throw new FhirInputException(
                $"A Bundle or a Parameters resource is expected, not {root.TypeName}.",
                [new FhirInputIssue("not-supported", $"A Bundle or a Parameters resource is expected, not {root.TypeName}.", root.TypeName)]);
        }

        var all = new List<InputResource>();
        var incomplete = new List<string>();
        Collect(root, null, all, 0, incomplete);
        return new ResourceIndex(all) { IncompletePages = incomplete };
    }

    public InputResource? Resolve(ResourceReference? reference, InputResource from) =>
        reference?.Reference is { Length: > 0 } r ? Resolve(r, from) : null;

    public InputResource? Resolve(string reference, InputResource from)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(from);
        if (reference.StartsWith('#')) return null;
        var r = StripHistory(reference);
        if (_byFullUrl.TryGetValue(r, out var exact)) return exact;
        if (IsAbsolute(r)) return TypeAndIdTail(r) is { } tail ? OnServer(_byTypeAndId.GetValueOrDefault(tail), ServerOf(r)) : null;
        if (from.FullUrl is { } fu && TypeAndIdTail(fu) is { } own && fu.EndsWith(own, StringComparison.Ordinal))
        {
            var baseUrl = fu[..^own.Length];
            if (_byFullUrl.TryGetValue(baseUrl + r, out var viaBase)) return viaBase;
        }

        return OnServer(_byTypeAndId.GetValueOrDefault(r), ServerOf(from.FullUrl));
    }

    /// <summary>
    /// The server base of an http(s) URL ("https://a.org/fhir/" of "https://a.org/fhir/Patient/1"); null for URNs,
    /// relative references and anything else: those name no server.
    /// </summary>
    public static string? ServerOf(string? url)
    {
        if (url is null || !url.StartsWith("http", StringComparison.OrdinalIgnoreCase) || TypeAndIdTail(url) is not { } tail) return null;
        var bare = StripHistory(url).TrimEnd('/');
        return bare.EndsWith(tail, StringComparison.Ordinal) ? bare[..^tail.Length] : null;
    }

    /// <summary>
    /// False only when both name a server and the servers differ: "Patient/1" on another server is another patient
    /// (R4 Bundle section 3.1.1.4: a reference resolves against the server it was written on).
    /// </summary>
    public static bool SameServer(string? server, string? other) =>
        server is null || other is null || string.Equals(server.TrimEnd('/'), other.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private static InputResource? OnServer(InputResource? candidate, string? server) =>
        candidate is not null && SameServer(ServerOf(candidate.FullUrl), server) ? candidate : null;

    /// <summary>"Patient/123" from ".../Patient/123" or "Patient/123/_history/2"; null for URNs.</summary>
    public static string? TypeAndIdTail(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.StartsWith("urn:", StringComparison.OrdinalIgnoreCase)) return null;
        var parts = StripHistory(reference).TrimEnd('/').Split('/');
        return parts.Length >= 2 && ModelInfo.IsKnownResource(parts[^2]) ? $"{parts[^2]}/{parts[^1]}" : null;
    }

    private static string StripHistory(string reference)
    {
        var i = reference.IndexOf("/_history/", StringComparison.Ordinal);
        return i < 0 ? reference : reference[..i];
    }

    private static bool IsAbsolute(string reference) =>
        reference.StartsWith("urn:", StringComparison.OrdinalIgnoreCase) || reference.Contains("://", StringComparison.Ordinal);

    private static void Collect(Resource resource, string? fullUrl, List<InputResource> into, int depth, List<string> incomplete)
    {
        if (depth > MaxNesting) return;
        switch (resource)
        {
            case Bundle bundle:
                if (depth > 0) into.Add(new InputResource(bundle, fullUrl, into.Count));
                if (bundle.Link.FirstOrDefault(l => l.Relation == "next") is { } next) incomplete.Add(next.Url ?? "(no url)");
                foreach (var entry in bundle.Entry)
                {
                    if (entry.Resource is { } r) Collect(r, string.IsNullOrWhiteSpace(entry.FullUrl) ? null : entry.FullUrl.Trim(), into, depth + 1, incomplete);
                }

                break;
            case Parameters parameters when depth == 0:
                foreach (var p in Flatten(parameters.Parameter))
                {
                    if (p.Resource is { } r) Collect(r, null, into, depth + 1, incomplete);
                }

                break;
            default:
                into.Add(new InputResource(resource, fullUrl, into.Count));
                break;
        }
    }

    private static IEnumerable<Parameters.ParameterComponent> Flatten(IEnumerable<Parameters.ParameterComponent> parameters) =>
        parameters.SelectMany(p => new[] { p }.Concat(Flatten(p.Part)));
}
