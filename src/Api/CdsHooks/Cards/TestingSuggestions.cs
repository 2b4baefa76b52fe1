namespace CdsService.Api.CdsHooks.Cards;

using System.Text.Json.Nodes;
using CdsService.Api.CdsHooks.Contracts;
using CdsService.Fhir.Terminology;
using CdsService.Rules.Engine;

/// <summary>
/// Orderable HER2 tests as suggestions that create a ServiceRequest (CDS Hooks 2.0 §Action, type create): reflex ISH
/// for IHC 2+ and concurrent IHC for ISH groups 2-4 without IHC (ASCO/CAP 2018; docs/clinical-rules.md, "HER2").
/// Recount and adjudication are laboratory steps, not orders, so they stay in the detail.
/// </summary>
public static class TestingSuggestions
{
    private static readonly Dictionary<string, (string Label, string Loinc, string Display)> Orderable = new(StringComparer.Ordinal)
    {
        ["reflex-ish"] = ("Order reflex HER2 ISH on the same specimen", "85318-4", "ERBB2 gene duplication [Presence] in Breast cancer specimen by FISH"),
        ["concurrent-ihc"] = ("Order HER2 IHC on the same specimen", "85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain"),
    };

    public static IReadOnlyList<Suggestion> For(CardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var suggestions = new List<Suggestion>();
        foreach (var action in context.Result.Her2.RequiredActions)
        {
            if (Orderable.TryGetValue(action.Code, out var test) && suggestions.Count == 0)
            {
                // cds-resp-1: with at-most-one, only one suggestion is recommended; only one is offered.
                suggestions.Add(new Suggestion(test.Label, Guid.NewGuid().ToString(), true,
                    [new CardAction("create", test.Label, ServiceRequest(context.PatientId, test.Loinc, test.Display, action))]));
            }
        }

        return suggestions;
    }

    private static JsonObject ServiceRequest(string patientId, string loinc, string display, RequiredAction action) => new()
    {
        ["resourceType"] = "ServiceRequest",
        ["status"] = "draft",
        ["intent"] = "order",
        ["code"] = new JsonObject
        {
            ["coding"] = new JsonArray(new JsonObject { ["system"] = CodeSystems.Loinc, ["code"] = loinc, ["display"] = display }),
            ["text"] = display,
        },
        ["subject"] = new JsonObject { ["reference"] = "Patient/" + patientId },
        ["reasonCode"] = new JsonArray(new JsonObject { ["text"] = string.IsNullOrWhiteSpace(action.Text) ? "ASCO/CAP 2018 HER2 testing" : action.Text }),
    };
}
