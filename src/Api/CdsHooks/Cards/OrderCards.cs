namespace CdsService.Api.CdsHooks.Cards;

using CdsService.Rules.Vocabulary;
using CdsService.Api.CdsHooks.Contracts;
using CdsService.Rules.Model;
using CdsService.Api.CdsHooks.Orders;

/// <summary>
/// order-select / order-sign cards for draft trastuzumab orders (docs/cds-hooks.md): critical when HER2 is negative,
/// warning when HER2 is equivocal, info when HER2 is otherwise not established, warning with the findings when a resistance or reduced-benefit finding is
/// listed; a HER2-positive patient without one gets no card. The summary names the drug, since a card cannot point at
/// an order (cds-hooks/docs #20).
/// </summary>
public static class OrderCards
{
    public static IReadOnlyList<Card> Build(CardContext context, IReadOnlyList<string> orders) =>
        Build(context, DraftOrder.ByCode(orders ?? throw new ArgumentNullException(nameof(orders))));

    /// <summary>An order matched only by name gets a line saying so, since the code list did not vouch for it.</summary>
    public static IReadOnlyList<Card> Build(CardContext context, IReadOnlyList<DraftOrder> orders)
    {
        ArgumentNullException.ThrowIfNull(orders);
        var byName = orders.Where(o => o.ByName).Select(o => o.Reference).ToList();
        var cards = BuildCards(context, orders);
        return byName.Count == 0 ? cards : cards.Select(c => c with
        {
            Detail = c.Detail + $"\n\n**Warning:** {string.Join(", ", byName)} was recognised as a trastuzumab product by its name, not by a listed RxNorm code; check the order.",
        }).ToList();
    }

    private static IReadOnlyList<Card> BuildCards(CardContext context, IReadOnlyList<DraftOrder> orders)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (orders.Count == 0)
        {
            return [];
        }

        var result = context.Result;
        var her2 = result.Her2;
        if (her2.Status == Her2Status.Negative)
        {
            // Trastuzumab deruxtecan is approved for HER2-low disease (FDA, 5 Aug 2022, DESTINY-Breast04) and for
            // HR-positive HER2-ultralow disease (FDA, 27 Jan 2025, DESTINY-Breast06), so that order is not
            // contraindicated there (docs/cds-hooks.md, "Trastuzumab products").
            var deruxtecanEligible = her2.Her2Low || her2.Her2Ultralow;
            var contraindicated = orders.Where(o => !(deruxtecanEligible && o.Agent == TrastuzumabProducts.Deruxtecan)).ToList();
            if (contraindicated.Count == 0)
            {
                return [];
            }

            return [CardFactory.Create(context, CardFactory.Critical,
                her2.Her2Low ? "Trastuzumab ordered but HER2 is negative (HER2-low): not indicated." : "Trastuzumab ordered but HER2 is negative: not indicated.",
                CardDetail.Build(context, withOptions: false), [RemoveOrders(contraindicated)])];
        }

        if (her2.Status != Her2Status.Positive)
        {
            var status = WireNames.Of(her2.Status);

            // An equivocal result is a known open question with the drug already ordered (docs/cds-hooks.md, "Order
            // hooks"): the order should wait for the reflex test, so it is a warning; unknown or pending stay info.
            var indicator = her2.Status == Her2Status.Equivocal ? CardFactory.Warning : CardFactory.Info;
            return [CardFactory.Create(context, indicator,
                CardText.Summary($"Trastuzumab ordered; HER2 is {status}: {PatientViewCards.NextStep(her2)}.", $"Trastuzumab ordered; HER2 is {status}."),
                CardDetail.Build(context, withOptions: false), TestingSuggestions.For(context))];
        }

        if (!CardSummaries.Warns(result))
        {
            return [];
        }

        return [CardFactory.Create(context, CardFactory.Warning, CardSummaries.Positive(result, "Trastuzumab ordered"),
            CardDetail.Build(context, withOptions: true))];
    }

    /// <summary>CDS Hooks 2.0 §Action: a delete names the draft by resourceId only (cds-resp-2).</summary>
    private static Suggestion RemoveOrders(IReadOnlyList<DraftOrder> orders) =>
        new("Remove the trastuzumab order", Guid.NewGuid().ToString(), null,
            orders.Select(o => new CardAction("delete", "Remove the draft trastuzumab order " + o.Reference, ResourceId: o.Reference)).ToList());
}
