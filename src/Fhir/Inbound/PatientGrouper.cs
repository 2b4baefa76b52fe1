namespace CdsService.Fhir.Inbound;

using Hl7.Fhir.Model;

/// <summary>
/// Groups Observations by patient through <c>Observation.subject</c>: a reference that resolves to a Patient of the
/// input, "Patient/id" matching a Patient's id, or a logical reference whose identifier matches one. Without any
/// Patient resource, Observations group by their subject reference itself.
/// </summary>
internal static class PatientGrouper
{
    public sealed record Group(InputResource? Patient, string Key, List<InputResource> Observations);

    public static (List<Group> Groups, List<IgnoredObservation> Unassigned) Split(ResourceIndex index)
    {
        var patients = index.All.Where(r => r.Resource is Patient).ToList();
        var groups = patients.Select(p => new Group(p, p.Reference, [])).ToList();
        var unassigned = new List<IgnoredObservation>();
        foreach (var source in index.All.Where(r => r.Resource is Observation))
        {
            var subject = ((Observation)source.Resource).Subject;
            var group = patients.Count == 0 ? ByKey(groups, SubjectKey(subject)) : Match(index, groups, source, subject);
            if (group is not null)
            {
                group.Observations.Add(source);
                continue;
            }

            var reason = subject is null ? "no subject, and the input holds several patients" : $"subject {Describe(subject)} is not a Patient of this input";
            unassigned.Add(new IgnoredObservation(source.Reference, source.Resource.Id, ObservationFacts.LoincCodes(((Observation)source.Resource).Code).FirstOrDefault(), reason));
        }

        return (groups, unassigned);
    }

    private static Group? Match(ResourceIndex index, List<Group> groups, InputResource source, ResourceReference? subject)
    {
        if (subject is null) return groups.Count == 1 ? groups[0] : null;
        if (index.Resolve(subject, source) is { Resource: Patient } resolved) return groups.First(g => g.Patient == resolved);
        var tail = subject.Reference is { } r ? ResourceIndex.TypeAndIdTail(r) : null;
        var server = ResourceIndex.ServerOf(subject.Reference) ?? ResourceIndex.ServerOf(source.FullUrl);
        return groups.FirstOrDefault(g => (tail is not null && tail == $"Patient/{g.Patient!.Resource.Id}" && ResourceIndex.SameServer(server, ResourceIndex.ServerOf(g.Patient.FullUrl)))
            || SameIdentifier(subject.Identifier, (Patient)g.Patient!.Resource));
    }

    /// <summary>
    /// The CDS Hooks rule: every resource used belongs to the hook's <c>context.patientId</c>. Patients with another
    /// id, and Observations whose subject is another patient, another server or missing, are left out with the reason.
    /// </summary>
    public static (InputResource? Patient, List<InputResource> Observations, List<IgnoredObservation> NotUsed) ForPatient(
        ResourceIndex index, string patientId, string? fhirServer)
    {
        var notUsed = new List<IgnoredObservation>();
        var own = $"Patient/{patientId}";
        InputResource? patient = null;
        foreach (var p in index.All.Where(r => r.Resource is Patient))
        {
            if (p.Resource.Id == patientId && patient is null && ResourceIndex.SameServer(ResourceIndex.ServerOf(p.FullUrl), fhirServer)) patient = p;
            else notUsed.Add(new IgnoredObservation(p.Reference, p.Resource.Id, null, $"this Patient is not the patient of the hook context ({own})"));
        }

        var observations = new List<InputResource>();
        foreach (var source in index.All.Where(r => r.Resource is Observation))
        {
            var subject = ((Observation)source.Resource).Subject;
            var resolved = index.Resolve(subject, source);
            var tail = subject?.Reference is { } r ? ResourceIndex.TypeAndIdTail(r) : null;
            var server = ResourceIndex.ServerOf(subject?.Reference) ?? ResourceIndex.ServerOf(source.FullUrl);
            var ours = resolved is not null
                ? resolved == patient
                : tail == own && ResourceIndex.SameServer(server, fhirServer);
            if (ours)
            {
                observations.Add(source);
                continue;
            }

            var reason = subject is null ? $"no subject: it cannot be tied to the patient of the hook context ({own})"
                : $"subject {Describe(subject)} is not the patient of the hook context ({own}{(fhirServer is null ? "" : " on " + fhirServer)})";
            notUsed.Add(new IgnoredObservation(source.Reference, source.Resource.Id, ObservationFacts.LoincCodes(((Observation)source.Resource).Code).FirstOrDefault(), reason));
        }

        return (patient, observations, notUsed);
    }

    private static bool SameIdentifier(Identifier? id, Patient p) =>
        id?.Value is { } v && p.Identifier.Any(i => i.Value == v && (id.System is null || i.System is null || i.System == id.System));

    private static Group ByKey(List<Group> groups, string key)
    {
        var group = groups.FirstOrDefault(g => g.Key == key);
        if (group is null)
        {
            group = new Group(null, key, []);
            groups.Add(group);
        }

        return group;
    }

    private static string SubjectKey(ResourceReference? subject) =>
        subject?.Reference is { Length: > 0 } r ? ResourceIndex.TypeAndIdTail(r) ?? r
        : subject?.Identifier?.Value is { } v ? $"{subject.Identifier.System}|{v}"
        : string.Empty;

    private static string Describe(ResourceReference subject) =>
        subject.Reference ?? (subject.Identifier?.Value is { } v ? $"identifier {v}" : subject.Display ?? "(empty)");
}
