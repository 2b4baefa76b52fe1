namespace CdsService.Fhir.Outbound;

using Hl7.Fhir.Model;

/// <summary>Every <see cref="ResourceReference"/> inside a resource, contained resources excluded.</summary>
public static class ReferenceWalker
{
    public static IReadOnlyList<ResourceReference> All(Resource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var found = new List<ResourceReference>();
        Walk(resource, found, isRoot: true);
        return found;
    }

    private static void Walk(Base node, List<ResourceReference> found, bool isRoot)
    {
        if (node is PrimitiveType || (!isRoot && node is Resource)) return;
        if (node is ResourceReference r) found.Add(r);
        foreach (var (_, value) in node.EnumerateElements())
        {
            switch (value)
            {
                case Base child:
                    Walk(child, found, false);
                    break;
                case IEnumerable<Base> children:
                    foreach (var c in children) Walk(c, found, false);
                    break;
            }
        }
    }
}
