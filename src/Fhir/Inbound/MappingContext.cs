namespace CdsService.Fhir.Inbound;

using Hl7.Fhir.Model;

/// <summary>What the marker mappers collect while reading one patient's Observations.</summary>
internal sealed class MappingContext(ResourceIndex index)
{
    private readonly Dictionary<InputResource, DateTimeOffset> _inheritedEffective = [];

    public ResourceIndex Index { get; } = index;
    public List<Fact> Facts { get; } = [];
    public List<IgnoredObservation> NotUnderstood { get; } = [];
    public List<IgnoredObservation> Ignored { get; } = [];
    public List<MappingIssue> Errors { get; } = [];
    public List<MappingIssue> Warnings { get; } = [];

    /// <summary>Panel Observation -> the members it groups (74885-5 hasMember), for the used list.</summary>
    public Dictionary<InputResource, List<InputResource>> Panels { get; } = [];

    public void InheritEffective(InputResource member, DateTimeOffset effective) => _inheritedEffective.TryAdd(member, effective);

    /// <summary>The Observation's own effective time, else the one of the panel that groups it.</summary>
    public DateTimeOffset? EffectiveOf(InputResource source) =>
        source.Resource is Observation o && ObservationFacts.Effective(o) is { } own ? own : _inheritedEffective.TryGetValue(source, out var p) ? p : null;

    public void Add(InputResource source, string code, string field, string markerId, object value, string display, int rank = 0) =>
        Facts.Add(new Fact(field, markerId, value, display, source, code, EffectiveOf(source), rank));

    public void NotUnderstand(InputResource source, string? code, string reason) =>
        NotUnderstood.Add(new IgnoredObservation(source.Reference, source.Resource.Id, code, reason));

    public void Ignore(InputResource source, string? code, string reason) =>
        Ignored.Add(new IgnoredObservation(source.Reference, source.Resource.Id, code, reason));

    public void Error(string field, string message, InputResource? source = null) => Errors.Add(new MappingIssue(field, message, source?.Reference));

    public void Warn(string field, string message, InputResource? source = null) => Warnings.Add(new MappingIssue(field, message, source?.Reference));
}
