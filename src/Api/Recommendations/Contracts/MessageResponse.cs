namespace CdsService.Api.Recommendations.Contracts;

/// <summary>A warning or a note, with a stable code.</summary>
public sealed record MessageResponse
{
    /// <summary>Stable, machine-readable code (kebab-case).</summary>
    public required string Code { get; init; }

    /// <summary>The message, in words.</summary>
    public required string Text { get; init; }

    /// <summary>Citations; may be empty for service-level messages.</summary>
    public required IReadOnlyList<CitationResponse> Citations { get; init; }

    /// <summary>Dated notes that go with this message (e.g. the later studies with a favourable FcγR genotype); often empty.</summary>
    public required IReadOnlyList<CurrencyResponse> Currency { get; init; }
}
