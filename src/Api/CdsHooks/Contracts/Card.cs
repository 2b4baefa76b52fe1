namespace CdsService.Api.CdsHooks.Contracts;

/// <summary>
/// A CDS Hooks card (CDS Hooks 2.0 §Card Attributes). Optional members are null rather than empty so the
/// serializer omits them (docs/cds-hooks.md G2); <see cref="Cards.CardFactory"/> enforces the invariants.
/// </summary>
public sealed record Card
{
    public required string Uuid { get; init; }
    public required string Summary { get; init; }
    public string? Detail { get; init; }
    public required string Indicator { get; init; }
    public required CardSource Source { get; init; }
    public IReadOnlyList<Suggestion>? Suggestions { get; init; }
    public string? SelectionBehavior { get; init; }
    public IReadOnlyList<CardLink>? Links { get; init; }

    /// <summary>CDS Hooks 2.0 §Card Attributes: the reasons a clinician may pick when overriding; each Coding has a display (cds-resp-4).</summary>
    public IReadOnlyList<Coding>? OverrideReasons { get; init; }
}

public sealed record CardSource(string Label, Uri? Url = null, Coding? Topic = null);

public sealed record Coding(string System, string Code, string? Display = null);

/// <summary>CDS Hooks 2.0 §Suggestion: the actions of one suggestion apply together.</summary>
public sealed record Suggestion(string Label, string Uuid, bool? IsRecommended, IReadOnlyList<CardAction> Actions);

/// <summary>CDS Hooks 2.0 §Action: create carries a new resource; delete only a resourceId (cds-resp-2).</summary>
public sealed record CardAction(string Type, string Description, System.Text.Json.Nodes.JsonObject? Resource = null, string? ResourceId = null);

/// <summary>CDS Hooks 2.0 §Link: absolute (the report) or smart (the app's launch URL, docs/smart.md); no appContext is sent.</summary>
public sealed record CardLink(string Label, Uri Url, string Type = "absolute");

public sealed record CardsResponse(IReadOnlyList<Card> Cards)
{
    public static CardsResponse Empty { get; } = new([]);
}
