namespace CdsService.Fhir.Inbound;

using Hl7.Fhir.Model;

/// <summary>Reads one kind of Observation; returns false when the Observation is not of its kind.</summary>
internal interface IObservationMapper
{
    bool TryMap(Observation observation, InputResource source, MappingContext context);
}
