namespace CdsService.Fhir.Inbound.Lenient;

using Hl7.Fhir.Model;
using Hl7.Fhir.Validation;

/// <summary>
/// A FHIR input read leniently (docs/fhir.md, "Lenient read"): every fault the deserializer reports that changes
/// nothing the service reads becomes a warning; a value the service reads but cannot is a <see cref="FhirInputException"/>
/// naming its FHIRPath. Faults in resources or elements the service does not read are warnings whatever they are.
/// </summary>
public sealed class LenientInput
{
    private const int MaxWarnings = 20;

    private readonly IReadOnlyList<ParseFault> _faults;

    private LenientInput(Resource root, IReadOnlyList<MappingIssue> warnings, IReadOnlyList<ParseFault> faults)
    {
        Root = root;
        Warnings = warnings;
        _faults = faults;
    }

    public Resource Root { get; }

    /// <summary>One warning per fault accepted, in input order, at most 20 and then a count of the rest.</summary>
    public IReadOnlyList<MappingIssue> Warnings { get; }

    public static LenientInput Read(string json, JsonShapeLimits? limits = null)
    {
        var (root, faults) = FhirJson.ParseLenient(json, limits);
        var resources = Walk(root, faults);
        var warnings = new List<MappingIssue>();
        var toCheck = new List<(Observation Observation, ParseFault Fault)>();
        var refused = new List<ParseFault>();
        foreach (var fault in faults)
        {
            var owner = PathedResource.Owner(resources, fault.Path);
            var (element, index) = ElementOf(fault.Path, owner?.Path);
            switch (Settle(fault, owner, element))
            {
                case Verdict.Refuse:
                    refused.Add(fault);
                    break;
                case Verdict.CheckObservation:
                    UnreadableObservation.Strip((Observation)owner!.Resource, element, index);
                    toCheck.Add(((Observation)owner.Resource, fault));
                    break;
                default:
                    if (fault.LosesData && owner is not null) Drop(owner.Resource, element);
                    warnings.Add(Warning(fault, owner, element));
                    break;
            }
        }

        if (toCheck.Count > 0) Check(root, toCheck, refused, warnings, faults);
        if (refused.Count > 0) throw Refusal(refused);
        RefuseInvisiblePatientIds(resources);
        return new LenientInput(root, Capped(warnings), faults);
    }

    // Only an Observation a marker mapper claims is read: an unreadable value in any other is only a warning.
    private static void Check(Resource root, List<(Observation Observation, ParseFault Fault)> toCheck, List<ParseFault> refused, List<MappingIssue> warnings, IReadOnlyList<ParseFault> faults)
    {
        var index = ResourceIndex.From(root);
        try
        {
            foreach (var (o, fault) in toCheck)
            {
                if (index.All.FirstOrDefault(r => ReferenceEquals(r.Resource, o)) is { } source && PanelAssembler.Claims(o, source, index)) refused.Add(fault);
                else warnings.Add(new MappingIssue(fault.Path, $"{fault.Message} ({fault.Code}); ignored: the Observation is not one this service reads"));
            }
        }
        catch (CodedValidationException)
        {
            throw Refusal([.. faults.Where(f => f.LosesData)]);
        }
    }

    // A Bundle.entry, resource or parameter of the wrong JSON shape throws when read: the input's structure is unreadable.
    private static List<PathedResource> Walk(Resource root, IReadOnlyList<ParseFault> faults)
    {
        try
        {
            return PathedResource.Walk(root);
        }
        catch (CodedValidationException)
        {
            throw Refusal([.. faults.Where(f => f.LosesData)]);
        }
    }

    /// <summary>
    /// Reads the input with <paramref name="read"/>. An element left unreadable that the read reaches after all throws
    /// in the SDK's getter: that is the same refusal, never a 500.
    /// </summary>
    public T Use<T>(Func<Resource, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        try
        {
            return read(Root);
        }
        catch (CodedValidationException)
        {
            throw Refusal([.. _faults.Where(f => f.LosesData)]);
        }
    }

    /// <summary><see cref="Use{T}"/> for a mapping, with these warnings first: they are about the input as a whole.</summary>
    public MappingResult Map(Func<Resource, MappingResult> map)
    {
        var mapping = Use(map);
        return Warnings.Count == 0 ? mapping : mapping with { Warnings = [.. Warnings, .. mapping.Warnings], InputWarnings = Warnings };
    }

    private enum Verdict
    {
        Warn,
        Refuse,
        CheckObservation,
    }

    private static Verdict Settle(ParseFault fault, PathedResource? owner, string element)
    {
        if (!fault.LosesData || owner is null or { Contained: true }) return owner is null && fault.LosesData ? Verdict.Refuse : Verdict.Warn;
        return owner.Resource switch
        {
            Observation when UnreadableObservation.ReadElements.Contains(element) => Verdict.CheckObservation,
            Patient when element is "id" or "identifier" => Verdict.Refuse,
            Bundle or Parameters when element is "entry" or "link" or "parameter" or "id" => Verdict.Refuse,
            _ when element == "id" => StripId(owner.Resource),
            _ => Verdict.Warn,
        };
    }

    // An element left unreadable throws when anything reads it, and the answer copies the Patient and the Observations
    // it used (docs/fhir.md, "What comes back"): the element is dropped, which the warning says ("ignored").
    private static void Drop(Resource resource, string element)
    {
        if (element.Length == 0) return;
        try
        {
            resource.SetValue(element, null);
        }
        catch (InvalidCastException)
        {
            // An element the resource type does not define lives in the overflow, which nothing reads.
        }
    }

    // ResourceIndex reads every resource's id to resolve references: an unreadable one is dropped, not read.
    private static Verdict StripId(Resource resource)
    {
        resource.Id = null;
        return Verdict.Warn;
    }

    private static MappingIssue Warning(ParseFault fault, PathedResource? owner, string element)
    {
        var why = owner switch
        {
            { Contained: true } => "ignored: contained resources are not read",
            { Resource: not (Observation or Patient or Bundle or Parameters) } => $"ignored: this service does not read {owner.Resource.TypeName} resources",
            _ when fault.LosesData => $"ignored: {owner?.Resource.TypeName}.{element} is not read by this service",
            _ when fault.Code == ParseFault.UnknownElement => "ignored: R4 does not define this element",
            { Resource: Observation } when element is "effective" or "issued" => "accepted: a time without a time zone is read as UTC",
            _ => "accepted: the value is read as sent",
        };
        return new MappingIssue(fault.Path, $"{fault.Message} ({fault.Code}); {why}");
    }

    private static (string Element, int? Index) ElementOf(string path, string? ownerPath)
    {
        var rest = ownerPath is null ? path : path[Math.Min(path.Length, ownerPath.Length)..].TrimStart('.');
        var segment = rest.Split('.')[0];
        var bracket = segment.IndexOf('[', StringComparison.Ordinal);
        // An unknown element's name is the sender's text and may hold brackets of its own.
        if (bracket <= 0 || !segment.EndsWith(']')) return (segment, null);
        var index = int.TryParse(segment.AsSpan(bracket + 1, segment.Length - bracket - 2), out var i) ? i : (int?)null;
        return (segment[..bracket], index);
    }

    private static void RefuseInvisiblePatientIds(List<PathedResource> resources)
    {
        foreach (var r in resources.Where(r => r.Resource is Patient && !r.Contained))
        {
            var p = (Patient)r.Resource;
            var path = p.Id is { } id && id.Any(UnsafeText.IsInvisible) ? $"{r.Path}.id"
                : p.Identifier.FindIndex(i => i.Value?.Any(UnsafeText.IsInvisible) == true) is var k and >= 0 ? $"{r.Path}.identifier[{k}].value"
                : null;
            if (path is null) continue;
            var message = $"{path}: {UnsafeText.InvisibleRule}.";
            throw new FhirInputException(message, [new FhirInputIssue("invalid", message, path)]);
        }
    }

    private static FhirInputException Refusal(List<ParseFault> refused)
    {
        if (refused.Count == 0) return new FhirInputException("The structure of the FHIR input cannot be read.");
        var issues = refused.Take(MaxWarnings)
            .Select(f => new FhirInputIssue("value", $"{f.Path}: {f.Message} ({f.Code}); the service reads this value and cannot", f.Path))
            .ToList();
        return new FhirInputException($"A value the service reads cannot be read: {issues[0].Message}", issues);
    }

    private static List<MappingIssue> Capped(List<MappingIssue> warnings) =>
        warnings.Count <= MaxWarnings ? warnings
        : [.. warnings.Take(MaxWarnings), new MappingIssue("input", $"{warnings.Count - MaxWarnings} more faults of the same kinds were accepted")];
}
