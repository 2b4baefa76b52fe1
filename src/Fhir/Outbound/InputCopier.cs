namespace CdsService.Fhir.Outbound;

using CdsService.Fhir.Inbound;
using Hl7.Fhir.Model;

/// <summary>
/// Copies the Patient and the Observations an answer was derived from (with what they reference inside the input:
/// panel members, variants, specimens) into the output Bundle, so that <c>subject</c> and <c>derivedFrom</c>
/// resolve inside it. References between copies are rewritten to the copies' fullUrls.
/// </summary>
internal sealed class InputCopier
{
    private const int MaxCopies = 500;
    private readonly Dictionary<InputResource, string> _fullUrls = [];
    private readonly List<InputResource> _order = [];

    public InputCopier(MappingResult mapping, Guid evaluationId)
    {
        var index = mapping.Inputs;
        if (index is null) return;
        var byReference = index.All.GroupBy(r => r.Reference, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var queue = new Queue<InputResource>();
        if (mapping.Patient is { } patient) queue.Enqueue(patient);
        foreach (var used in mapping.Used)
        {
            if (byReference.TryGetValue(used.Reference, out var r)) queue.Enqueue(r);
        }

        while (queue.Count > 0 && _order.Count < MaxCopies)
        {
            var next = queue.Dequeue();
            if (_fullUrls.ContainsKey(next)) continue;
            _fullUrls[next] = next.FullUrl is { } fu && CopiedInputCleaner.IsValidFullUrl(fu)
                ? fu : BundleIds.For(evaluationId, "input/" + next.Position);
            _order.Add(next);
            foreach (var reference in ReferenceWalker.All(next.Resource))
            {
                if (index.Resolve(reference, next) is { } target && !_fullUrls.ContainsKey(target)) queue.Enqueue(target);
            }
        }

        Index = index;
    }

    private ResourceIndex? Index { get; }

    public string? PatientReference(MappingResult mapping) => mapping.Patient is { } p && _fullUrls.TryGetValue(p, out var url) ? url : null;

    /// <summary>The output fullUrl of a used Observation, by its input reference.</summary>
    public string? ReferenceFor(string inputReference) =>
        _fullUrls.FirstOrDefault(kv => kv.Key.Reference == inputReference).Value;

    public IEnumerable<Bundle.EntryComponent> Entries()
    {
        foreach (var source in _order)
        {
            var copy = source.Resource.DeepCopy();
            DropNarrative(copy);
            CopiedInputCleaner.Clean(copy);
            foreach (var reference in ReferenceWalker.All(copy))
            {
                if (Index!.Resolve(reference, source) is { } target && _fullUrls.TryGetValue(target, out var url)) reference.Reference = url;
            }

            yield return new Bundle.EntryComponent { FullUrl = _fullUrls[source], Resource = copy };
        }
    }

    // An input's narrative is the sender's XHTML, unchecked (it may be invalid or hold script-like markup): the copy
    // drops it rather than vouch for it (R4 narrative.html: text is optional; the structured data is what was read).
    private static void DropNarrative(Resource resource)
    {
        if (resource is not DomainResource domain) return;
        domain.Text = null;
        foreach (var contained in domain.Contained) DropNarrative(contained);
    }
}
