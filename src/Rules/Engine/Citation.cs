namespace CdsService.Rules.Engine;

/// <summary>
/// One citation. Three shapes (README.md, "A first call"): the review's reference n (<see cref="Ref"/> set), the review
/// itself (<see cref="Source"/> = "review"), or an external source with its <see cref="Url"/> (currency notes and
/// the few labelled external facts). <see cref="Paper"/> and <see cref="Identification"/> are filled from the
/// knowledge base's reference list only where the reference was identified ("confirmed" or "probable").
/// </summary>
public sealed record Citation
{
    public int? Ref { get; init; }
    public string? Source { get; init; }
    public string? Text { get; init; }
    public string? Section { get; init; }
    public string? Url { get; init; }
    public string? Paper { get; init; }
    public string? Identification { get; init; }

    public const string ReviewSource = "review";

    public bool IsReviewReference => Ref is not null;
    public bool IsExternal => Ref is null && Source is not null && Source != ReviewSource;
}
