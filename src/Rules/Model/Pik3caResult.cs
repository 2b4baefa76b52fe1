namespace CdsService.Rules.Model;

/// <summary>PIK3CA status with the protein changes as reported (one- or three-letter, with or without "p.").</summary>
public sealed record Pik3caResult(Pik3caStatus Status, IReadOnlyList<string> Variants)
{
    public Pik3caResult(Pik3caStatus status) : this(status, []) { }
}
