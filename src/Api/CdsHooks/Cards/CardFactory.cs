namespace CdsService.Api.CdsHooks.Cards;

using CdsService.Api.CdsHooks.Contracts;

/// <summary>Card invariants in one place (CDS Hooks 2.0 §Card Attributes, §Source, §Suggestion): uuid, label, indicator, selectionBehavior.</summary>
public static class CardFactory
{
    public const string Info = "info";
    public const string Warning = "warning";
    public const string Critical = "critical";
    public const string SourceLabel = "HER2 trastuzumab decision support (review-based)";

    public static Card Create(CardContext context, string indicator, string summary, string detail, IReadOnlyList<Suggestion>? suggestions = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (summary.Length > CardText.MaxSummary)
        {
            throw new ArgumentException("CDS Hooks 2.0 §Card: the summary must stay under 140 characters.", nameof(summary));
        }

        var hasSuggestions = suggestions is { Count: > 0 };
        return new Card
        {
            Uuid = Guid.NewGuid().ToString(),
            Summary = summary,
            Detail = detail,
            Indicator = indicator,
            Source = Source(context),
            Suggestions = hasSuggestions ? suggestions : null,

            // CDS Hooks 2.0 cds-resp-6: selectionBehavior is required with suggestions; the alternatives here exclude each other.
            SelectionBehavior = hasSuggestions ? "at-most-one" : null,
            Links = Links(context),
            OverrideReasons = indicator == Critical ? OverrideReasons.All : null,
        };
    }

    public const string SmartLinkLabel = "Open the patient in the HER2 app";

    /// <summary>
    /// The signed report link, and beside it a CDS Hooks 2.0 §Link of type smart: the EHR launches the app with its own
    /// iss and launch parameters (SMART App Launch 2.x EHR launch; docs/smart.md).
    /// </summary>
    private static List<CardLink> Links(CardContext context)
    {
        List<CardLink> links = [new CardLink("Full report of this evaluation", context.ReportUrl)];
        if (context.SmartLaunchUrl is { } launch)
            links.Add(new CardLink(SmartLinkLabel, launch, "smart"));
        return links;
    }

    /// <summary>CDS Hooks 2.0 §Source: a label, and the review the advice rests on as the link.</summary>
    private static CardSource Source(CardContext context)
    {
        var doi = context.Result.KnowledgeBase.Source.Doi;
        Uri? url = string.IsNullOrWhiteSpace(doi) ? null
            : Uri.TryCreate(doi, UriKind.Absolute, out var absolute) && absolute.Scheme == Uri.UriSchemeHttps ? absolute
            : new Uri("https://doi.org/" + doi.Trim());
        return new CardSource(SourceLabel, url);
    }
}
