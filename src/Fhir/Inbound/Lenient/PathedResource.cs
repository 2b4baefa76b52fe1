namespace CdsService.Fhir.Inbound.Lenient;

using Hl7.Fhir.Model;

/// <summary>
/// A resource of the input at the FHIRPath the deserializer names it by ("Bundle.entry[3].resource"). Contained
/// resources are never read by this service: references to "#id" are not followed (docs/fhir.md, "Whose data").
/// </summary>
internal sealed record PathedResource(string Path, Resource Resource, bool Contained)
{
    public static List<PathedResource> Walk(Resource root)
    {
        var all = new List<PathedResource>();
        Walk(root, root.TypeName, false, all, 0);
        return all;
    }

    /// <summary>The innermost resource that holds <paramref name="path"/>, else null (a fault of the root's own elements then).</summary>
    public static PathedResource? Owner(IEnumerable<PathedResource> all, string path) =>
        all.Where(r => path == r.Path || path.StartsWith(r.Path + ".", StringComparison.Ordinal) || path.StartsWith(r.Path + "[", StringComparison.Ordinal))
            .MaxBy(r => r.Path.Length);

    private static void Walk(Resource resource, string path, bool contained, List<PathedResource> into, int depth)
    {
        // Deeper nesting than the mapping reads (ResourceIndex) holds nothing the service uses.
        if (depth > 8) return;
        into.Add(new PathedResource(path, resource, contained));
        if (resource is DomainResource d)
        {
            for (var i = 0; i < d.Contained.Count; i++)
            {
                if (d.Contained[i] is { } c) Walk(c, $"{path}.contained[{i}]", true, into, depth + 1);
            }
        }

        if (resource is Bundle b)
        {
            for (var i = 0; i < b.Entry.Count; i++)
            {
                if (b.Entry[i]?.Resource is { } r) Walk(r, $"{path}.entry[{i}].resource", contained, into, depth + 1);
            }
        }

        if (resource is Parameters p) WalkParameters(p.Parameter, $"{path}.parameter", contained, into, depth);
    }

    private static void WalkParameters(List<Parameters.ParameterComponent> parameters, string path, bool contained, List<PathedResource> into, int depth)
    {
        for (var i = 0; i < parameters.Count; i++)
        {
            if (parameters[i] is not { } parameter) continue;
            if (parameter.Resource is { } r) Walk(r, $"{path}[{i}].resource", contained, into, depth + 1);
            WalkParameters(parameter.Part, $"{path}[{i}].part", contained, into, depth + 1);
        }
    }
}
