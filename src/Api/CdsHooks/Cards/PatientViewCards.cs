namespace CdsService.Api.CdsHooks.Cards;

using CdsService.Rules.Vocabulary;
using CdsService.Api.CdsHooks.Contracts;
using CdsService.Rules.Engine;
using CdsService.Rules.Model;

/// <summary>
/// patient-view cards (docs/cds-hooks.md): the HER2 call, and for HER2-positive disease the findings with the top
/// options, each with its availability, and that HER2-directed therapy remains the backbone. A chart without any HER2
/// or marker data gets no card ("nothing to say").
/// </summary>
public static class PatientViewCards
{
    public static IReadOnlyList<Card> Build(CardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var result = context.Result;
        var her2 = result.Her2;
        if (her2.Status == Her2Status.Unknown && result.InputsUsed.Count == 0)
        {
            return [];
        }

        return [her2.Status == Her2Status.Positive ? Positive(context) : Status(context)];
    }

    private static Card Status(CardContext context)
    {
        var her2 = context.Result.Her2;
        var status = WireNames.Of(her2.Status);
        return her2.Status switch
        {
            Her2Status.Negative => CardFactory.Create(context, CardFactory.Info,
                "HER2-negative: trastuzumab is not indicated" + CardText.EligibilityLabel(her2) + ".",
                CardDetail.Build(context, withOptions: false)),
            _ => CardFactory.Create(context, CardFactory.Info,
                CardText.Summary($"HER2 {status}: {NextStep(her2)} before any trastuzumab decision.", $"HER2 {status}: more testing is needed."),
                CardDetail.Build(context, withOptions: false), TestingSuggestions.For(context)),
        };
    }

    /// <summary>A warning when a resistance or reduced-benefit finding is listed; otherwise information.</summary>
    private static Card Positive(CardContext context) =>
        CardFactory.Create(context, CardSummaries.Warns(context.Result) ? CardFactory.Warning : CardFactory.Info,
            CardSummaries.Positive(context.Result, "HER2-positive"), CardDetail.Build(context, withOptions: true));

    internal static string NextStep(Her2Interpretation her2) => (her2.RequiredActions.Count > 0 ? her2.RequiredActions[0].Code : null) switch
    {
        "reflex-ish" => "reflex ISH is needed",
        "concurrent-ihc" => "concurrent IHC is needed",
        "blinded-recount" => "a blinded ISH recount is needed",
        "adjudicate" => "adjudication is needed",
        "dual-probe-ish" => "dual-probe ISH is needed",
        "re-derive" => "the IHC score and ISH values are needed",
        "await-final-result" => "the final result is awaited",
        _ => "HER2 testing is needed",
    };
}
