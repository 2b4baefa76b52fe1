namespace CdsService.Api.CdsHooks;

using CdsService.Api.CdsHooks.Contracts;
using CdsService.Api.CdsHooks.Prefetch;

/// <summary>The three services of docs/cds-hooks.md; ids form the URL {base}/cds-services/{id} (docs/cds-hooks.md D4).</summary>
public static class CdsServiceCatalog
{
    public const string PatientViewId = "her2-trastuzumab-patient-view";
    public const string OrderSelectId = "trastuzumab-order-select";
    public const string OrderSignId = "trastuzumab-order-sign";

    public static CdsServiceDescriptor PatientView { get; } = new(
        Hooks.PatientView,
        "HER2 status and trastuzumab resistance",
        "Interprets HER2 testing by the ASCO/CAP 2018 rules and, for HER2-positive breast cancer, lists trastuzumab "
            + "resistance findings and the ranked options of the trastuzumab review, with citations.",
        PatientViewId,
        PrefetchTemplates.All);

    public static CdsServiceDescriptor OrderSelect { get; } = new(
        Hooks.OrderSelect,
        "Trastuzumab order check (order-select)",
        "When trastuzumab (RxNorm 224905) is selected, checks the patient's HER2 status and resistance markers.",
        OrderSelectId,
        PrefetchTemplates.All);

    public static CdsServiceDescriptor OrderSign { get; } = new(
        Hooks.OrderSign,
        "Trastuzumab order check (order-sign)",
        "Before a trastuzumab order (RxNorm 224905) is signed, checks the patient's HER2 status and resistance markers.",
        OrderSignId,
        PrefetchTemplates.All);

    public static IReadOnlyList<CdsServiceDescriptor> All { get; } = [PatientView, OrderSelect, OrderSign];

    public static CdsServiceDescriptor? Find(string id) => All.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));
}
