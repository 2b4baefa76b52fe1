namespace CdsService.Api.CdsHooks.Orders;

/// <summary>A draft order for a trastuzumab product: its reference, the agent, and whether only its name matched.</summary>
public sealed record DraftOrder(string Reference, string Agent, bool ByName)
{
    public static IReadOnlyList<DraftOrder> ByCode(IEnumerable<string> references) =>
        references.Select(r => new DraftOrder(r, TrastuzumabProducts.Trastuzumab, ByName: false)).ToList();
}
