namespace CdsService.Api.CdsHooks.Cards;

using System.Globalization;
using CdsService.Rules.Engine;
using CdsService.Rules.KnowledgeBase;
using CdsService.Rules.Model;

/// <summary>
/// The one-sentence summaries of HER2-positive cards (docs/clinical-rules.md, "Wording rules"): the findings named by
/// effect (a reduced-benefit or uncertain finding is never a resistance finding), that HER2-directed therapy remains
/// the backbone, and the top available option (tier 1 or 2, <see cref="Evaluation.TopAvailableOption"/>), never a
/// tier-3 agent. The most informative wording that fits under 140 characters wins (CDS Hooks 2.0 §Card).
/// </summary>
public static class CardSummaries
{
    public const string Backbone = "HER2-directed therapy remains the backbone";
    private const string ShortBackbone = "keep HER2-directed therapy";

    /// <summary>"HER2-positive; resistance: PTEN loss; HER2-directed therapy remains the backbone; top available option: Trastuzumab-DM1 (tier 1)."</summary>
    public static string Positive(Evaluation result, string lead)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(lead);
        var top = result.TopAvailableOption;
        string?[] tops = top is null
            ? [null]
            : [$"top available option: {top.Agent} ({AvailabilityText.Badge(top.Availability)})", $"top available option: {top.Agent} (tier {Tier(top)})",
               $"top available: {top.Agent} (tier {Tier(top)})"];

        // The backbone sentence and the option with its tier are kept longest; the findings give way to counts first.
        foreach (var backbone in new[] { Backbone, ShortBackbone })
        {
            foreach (var findings in FindingPhrases(result))
            {
                foreach (var option in tops)
                {
                    var sentence = Sentence(lead, findings, backbone, option);
                    if (sentence.Length <= CardText.MaxSummary)
                    {
                        return sentence;
                    }
                }
            }
        }

        return CardText.Summary(Sentence(lead, null, Backbone, null), Sentence(lead, null, ShortBackbone, null));
    }

    /// <summary>True when the card should warn: a resistance or a reduced-benefit finding (uncertain ones inform).</summary>
    public static bool Warns(Evaluation result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Findings.Any(f => f.Effect is FindingEffect.Resistance or FindingEffect.ReducedBenefit);
    }

    /// <summary>The findings from the most to the least detailed wording; with none, what was looked at.</summary>
    private static IEnumerable<string> FindingPhrases(Evaluation result)
    {
        if (result.Findings.Count == 0)
        {
            // The markers given show nothing, or nothing was given to find (a distinction the answer's note makes too).
            var anyMarker = result.InputsUsed.Any(i => i is not (MarkerIds.Her2 or MarkerIds.TrastuzumabHistory));
            yield return anyMarker ? "no finding in the markers given" : "no resistance marker given";
            yield break;
        }

        var byEffect = Effects.Select(e => (e.Label, Findings: result.Findings.Where(f => f.Effect == e.Effect).ToList()))
            .Where(g => g.Findings.Count > 0)
            .ToList();
        yield return string.Join("; ", byEffect.Select(g => $"{g.Label}: {string.Join(", ", g.Findings.Select(FindingNames.Brief).Distinct())}"));
        yield return string.Join(", ", byEffect.Select(g => Count(g.Findings.Count, g.Label + " finding")));
        yield return Count(result.Findings.Count, "finding");
    }

    private static readonly (FindingEffect Effect, string Label)[] Effects =
    [
        (FindingEffect.Resistance, "resistance"),
        (FindingEffect.ReducedBenefit, "reduced-benefit"),
        (FindingEffect.Uncertain, "uncertain"),
    ];

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

    private static string Sentence(string lead, string? findings, string backbone, string? option)
    {
        var parts = new List<string>(4) { lead };
        if (findings is not null) parts.Add(findings);
        parts.Add(backbone);
        if (option is not null) parts.Add(option);
        return string.Join("; ", parts) + ".";
    }

    private static string Tier(RankedOption option) => option.Availability.Tier.ToString(CultureInfo.InvariantCulture);
}
