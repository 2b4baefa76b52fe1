namespace CdsService.Rules.Model;

/// <summary>
/// PIK3CA status with the protein changes as reported (one- or three-letter, with or without "p.") and, when the
/// laboratory gave one, its classification of the variant(s).
/// </summary>
public sealed record Pik3caResult(Pik3caStatus Status, IReadOnlyList<string> Variants, VariantClassification? Classification = null)
{
    public Pik3caResult(Pik3caStatus status) : this(status, []) { }
}
