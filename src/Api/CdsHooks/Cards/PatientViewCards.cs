namespace CdsService.Api.CdsHooks.Cards;

using CdsService.Api.CdsHooks.Contracts;
using CdsService.Rules.Engine;
using CdsService.Rules.Model;

/// <summary>
/// patient-view cards (DESIGN.md section 7): the HER2 call and, when HER2-positive with resistance findings, the
/// findings with the top options. A chart without any HER2 or marker data gets no card ("nothing to say").
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

        var resistance = result.Findings.Where(f => f.Effect is FindingEffect.Resistance or FindingEffect.ReducedBenefit).ToList();
        if (her2.Status == Her2Status.Positive && resistance.Count > 0)
        {
            return [Resistance(context, resistance)];
        }

        return [Status(context)];
    }

    private static Card Status(CardContext context)
    {
        var her2 = context.Result.Her2;
        var status = CardText.Status(her2.Status);
        return her2.Status switch
        {
            Her2Status.Positive => CardFactory.Create(context, CardFactory.Info,
                "HER2-positive: trastuzumab is indicated; no resistance markers found.", CardDetail.Build(context, withOptions: true)),
            Her2Status.Negative => CardFactory.Create(context, CardFactory.Info,
                her2.Her2Low ? "HER2-negative (HER2-low): trastuzumab is not indicated." : "HER2-negative: trastuzumab is not indicated.",
                CardDetail.Build(context, withOptions: false)),
            _ => CardFactory.Create(context, CardFactory.Info,
                CardText.Summary($"HER2 {status}: {NextStep(her2)} before any trastuzumab decision.", $"HER2 {status}: more testing is needed."),
                CardDetail.Build(context, withOptions: false), TestingSuggestions.For(context)),
        };
    }

    private static Card Resistance(CardContext context, List<Finding> resistance)
    {
        var markers = string.Join(", ", resistance.SelectMany(f => f.Inputs).Distinct());
        var top = context.Result.Options.Count > 0 ? context.Result.Options[0] : null;
        var count = resistance.Count == 1 ? "1 trastuzumab resistance finding" : $"{resistance.Count} trastuzumab resistance findings";
        var preferred = top is null
            ? $"HER2-positive with {count} ({markers})."
            : $"HER2-positive with {count} ({markers}); top option {top.Agent} (level {top.EvidenceLevel}).";
        var fallback = top is null ? $"HER2-positive with {count}." : $"HER2-positive with {count}; top option {top.Agent}.";
        return CardFactory.Create(context, CardFactory.Warning, CardText.Summary(preferred, CardText.Summary(fallback, $"HER2-positive with {count}.")),
            CardDetail.Build(context, withOptions: true));
    }

    internal static string NextStep(Her2Interpretation her2) => (her2.RequiredActions.Count > 0 ? her2.RequiredActions[0].Code : null) switch
    {
        "reflex-ish" => "reflex ISH is needed",
        "concurrent-ihc" => "concurrent IHC is needed",
        "blinded-recount" => "a blinded ISH recount is needed",
        "adjudicate" => "adjudication is needed",
        "dual-probe-ish" => "dual-probe ISH is needed",
        _ => "HER2 testing is needed",
    };
}
