namespace CdsService.Fhir.Inbound;

/// <summary>A qualitative result, whatever code or text carried it.</summary>
internal enum Answer { Positive, Negative, Equivocal, Present, Absent, Indeterminate, Gain, Loss }
