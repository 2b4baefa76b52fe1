namespace CdsService.Fhir.Inbound;

/// <summary>
/// One thing an Observation says about a panel field. Facts with the same <see cref="Field"/> compete: the lowest
/// <see cref="Rank"/> (the more specific source), then the most recent <see cref="Effective"/>, then input order.
/// </summary>
internal sealed record Fact(
    string Field,
    string MarkerId,
    object Value,
    string Display,
    InputResource Source,
    string Code,
    DateTimeOffset? Effective,
    int Rank = 0);
