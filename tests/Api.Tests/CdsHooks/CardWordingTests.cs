namespace CdsService.Api.Tests.CdsHooks;

using System.Collections.Frozen;
using System.Text.RegularExpressions;
using CdsService.Api.CdsHooks.Cards;
using CdsService.Api.CdsHooks.Contracts;
using CdsService.Api.CdsHooks.Evaluation;
using CdsService.Rules.Engine;
using CdsService.Rules.Model;

/// <summary>
/// The card wording rules (docs/clinical-rules.md, "Wording rules") on real engine answers, over every finding alone,
/// every pair of common findings, every trastuzumab history and both ranking lenses: a summary never names a tier-3
/// agent, names the top available option, says that HER2-directed therapy remains the backbone, never calls a
/// reduced-benefit or uncertain finding a resistance finding, and writes genes as genes are written.
/// </summary>
public sealed partial class CardWordingTests
{
    private static readonly CdsEngine Engine = CdsEngine.CreateDefault();

    private static readonly PatientPanel Positive = new() { Her2 = new Her2Tests(Ihc: IhcScore.Three) };

    /// <summary>One marker each: every finding of the knowledge base, the favourable FcγR genotype and the uncertain PIK3CA calls.</summary>
    private static readonly (string Name, Func<PatientPanel, PatientPanel> Add)[] Markers =
    [
        ("pten-loss", p => p with { Pten = PtenStatus.Loss }),
        ("pik3ca-h1047r", p => p with { Pik3ca = new Pik3caResult(Pik3caStatus.Mutated, ["H1047R"]) }),
        ("pik3ca-i391m", p => p with { Pik3ca = new Pik3caResult(Pik3caStatus.Mutated, ["I391M"]) }),
        ("pik3ca-vus", p => p with { Pik3ca = new Pik3caResult(Pik3caStatus.Mutated, ["K111N"], VariantClassification.Uncertain) }),
        ("pik3ca-no-variant", p => p with { Pik3ca = new Pik3caResult(Pik3caStatus.Mutated) }),
        ("cyclin-e", p => p with { CyclinE = CyclinEStatus.Amplified }),
        ("p27", p => p with { P27 = P27Localization.Cytoplasmic }),
        ("fcgr3a-ff", p => p with { Fcgr3a158 = Fcgr3a158Genotype.FF }),
        ("fcgr2a-rr", p => p with { Fcgr2a131 = Fcgr2a131Genotype.RR }),
        ("fcgr3a-vv", p => p with { Fcgr3a158 = Fcgr3a158Genotype.VV }),
        ("serum-ecd", p => p with { SerumHer2EcdNgPerMl = 32.5 }),
        ("p95her2", p => p with { P95Her2 = P95Her2Status.Present }),
        ("egfr", p => p with { Egfr = ExpressionLevel.Overexpressed }),
        ("erbb3", p => p with { Erbb3 = ExpressionLevel.Overexpressed }),
        ("igf1r", p => p with { Igf1r = ExpressionLevel.Overexpressed }),
        ("muc4", p => p with { Muc4 = ExpressionLevel.Overexpressed }),
        ("cd44", p => p with { Cd44 = ExpressionLevel.Overexpressed }),
        ("src", p => p with { Src = SrcActivity.Activated }),
        ("pten-intact", p => p with { Pten = PtenStatus.Intact }),
    ];

    private static readonly string[] Common = ["pten-loss", "pik3ca-h1047r", "pik3ca-i391m", "fcgr3a-ff", "fcgr2a-rr", "serum-ecd", "p95her2", "egfr", "erbb3", "igf1r", "cyclin-e"];

    private static readonly TrastuzumabHistory?[] Histories =
        [null, TrastuzumabHistory.Naive, TrastuzumabHistory.Responding, TrastuzumabHistory.ProgressedAfterResponse, TrastuzumabHistory.NoResponse, TrastuzumabHistory.Progressed];

    /// <summary>HER2-positive: no marker, each marker alone, each pair of common markers; each with every history, under both lenses.</summary>
    private static IEnumerable<(string Name, Evaluation Result)> PositivePatients()
    {
        var panels = new List<(string, PatientPanel)> { ("no-marker", Positive) };
        panels.AddRange(Markers.Select(m => (m.Name, m.Add(Positive))));
        var byName = Markers.ToDictionary(m => m.Name, m => m.Add);
        for (var i = 0; i < Common.Length; i++)
        {
            for (var j = i + 1; j < Common.Length; j++)
            {
                panels.Add(($"{Common[i]}+{Common[j]}", byName[Common[j]](byName[Common[i]](Positive))));
            }
        }

        foreach (var (name, panel) in panels)
        {
            foreach (var history in Histories)
            {
                foreach (var lens in new[] { RankingLens.Current, RankingLens.Review })
                {
                    yield return ($"{name}/{history?.ToString() ?? "no-history"}/{lens}", Engine.Evaluate(panel with { TrastuzumabHistory = history }, lens));
                }
            }
        }
    }

    private static List<Card> Cards(Evaluation result)
    {
        var context = new CardContext(new HookEvaluation(Guid.NewGuid(), DateTimeOffset.UtcNow, result, "{}", 0),
            new Uri("https://cds.example.org/api/v1/evaluations/1/report?format=html"), "p1");
        return [.. PatientViewCards.Build(context), .. OrderCards.Build(context, ["MedicationRequest/mr1"])];
    }

    private static readonly FrozenSet<string> Tier3Names = Engine.KnowledgeBase.Agents.Where(a => a.Availability.Tier == 3).SelectMany(a => new[] { a.Agent, a.Id }).ToFrozenSet();

    [Fact]
    public void NoCardSummary_NamesATier3Agent()
    {
        var checkedCards = 0;
        foreach (var (name, result) in PositivePatients())
        {
            foreach (var card in Cards(result))
            {
                checkedCards++;
                Assert.DoesNotContain(Tier3Names, t => card.Summary.Contains(t, StringComparison.OrdinalIgnoreCase));
                Assert.True(card.Summary.Length <= 139, $"{name}: {card.Summary}");
            }
        }

        // 20 single patients + 55 pairs, 6 histories, 2 lenses: at least one patient-view card each.
        Assert.True(checkedCards >= 76 * 6 * 2, checkedCards.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void EveryHer2PositiveSummary_NamesTheTopAvailableOptionWithItsTierAndTheBackbone()
    {
        foreach (var (name, result) in PositivePatients())
        {
            var top = result.TopAvailableOption!;
            Assert.True(top.Availability.Tier <= 2, name);
            foreach (var card in Cards(result))
            {
                Assert.Matches($@"top available( option)?: {Regex.Escape(top.Agent)} \(tier {top.Availability.Tier}[,)]", card.Summary);
                Assert.Contains("HER2-directed therapy remains the backbone", card.Summary, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void ReducedBenefitAndUncertainFindings_AreNeverCalledResistance()
    {
        foreach (var (name, result) in PositivePatients())
        {
            foreach (var card in Cards(result))
            {
                var resistance = ResistancePart().Match(card.Summary);
                if (!result.Findings.Any(f => f.Effect == FindingEffect.Resistance))
                {
                    Assert.False(resistance.Success, $"{name}: {card.Summary}");
                    Assert.DoesNotContain("resistance finding", card.Summary, StringComparison.OrdinalIgnoreCase);
                    continue;
                }

                var resistant = result.Findings.Where(f => f.Effect == FindingEffect.Resistance).ToList();
                if (resistance.Success)
                {
                    var names = resistant.Select(FindingNames.Brief).ToHashSet();
                    Assert.All(resistance.Groups["names"].Value.Split(", "), n => Assert.Contains(n, names));
                }
                else if (ResistanceCount().Match(card.Summary) is { Success: true } count)
                {
                    // Too many to name: the count is of resistance findings only.
                    Assert.Equal(resistant.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), count.Groups["n"].Value);
                }
            }
        }
    }

    [Fact]
    public void Summaries_WriteGenesAsGenesAreWritten()
    {
        foreach (var (name, result) in PositivePatients())
        {
            foreach (var card in Cards(result))
            {
                Assert.False(WireMarkerId().IsMatch(card.Summary), $"{name}: {card.Summary}");
            }
        }
    }

    [Fact]
    public void CardDetails_KeepTheWordingRulesOfTheAnswer()
    {
        foreach (var (name, result) in PositivePatients())
        {
            var progressed = name.Contains("/Progressed", StringComparison.Ordinal) || name.Contains("/NoResponse/", StringComparison.Ordinal);
            var resistance = result.Findings.Any(f => f.Effect == FindingEffect.Resistance);
            foreach (var card in Cards(result))
            {
                Assert.False(progressed && card.Detail!.Contains("expected to help", StringComparison.OrdinalIgnoreCase), $"{name}: after progression");
                Assert.False(resistance && card.Detail!.Contains("no resistance finding", StringComparison.OrdinalIgnoreCase), $"{name}: a resistance finding is listed");
                Assert.All(result.Findings.Where(f => f.Effect != FindingEffect.Resistance),
                    f => Assert.Contains($"**{FindingNames.Full(f)}** ({FindingNames.Effect(f.Effect)};", card.Detail!, StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void PtenLoss_SummaryNamesTheFindingAndPertuzumab()
    {
        var result = Engine.Evaluate(Positive with { Pten = PtenStatus.Loss });

        var card = Assert.Single(PatientViewCards.Build(new CardContext(
            new HookEvaluation(Guid.NewGuid(), DateTimeOffset.UtcNow, result, "{}", 0), new Uri("https://x.example/r"), "p1")));

        // Current lens: tier 1 first, by level; PTEN loss matches none of them (EMILIA: T-DM1 works whatever PI3K status).
        Assert.Equal(
            "HER2-positive; resistance: PTEN loss; HER2-directed therapy remains the backbone; top available option: Pertuzumab (tier 1).",
            card.Summary);
        Assert.Equal("warning", card.Indicator);
    }

    [Fact]
    public void UncertainFindingOnly_IsInformationNamedAsUncertain()
    {
        var result = Engine.Evaluate(Positive with { Pik3ca = new Pik3caResult(Pik3caStatus.Mutated, ["I391M"]) });

        var card = Assert.Single(PatientViewCards.Build(new CardContext(
            new HookEvaluation(Guid.NewGuid(), DateTimeOffset.UtcNow, result, "{}", 0), new Uri("https://x.example/r"), "p1")));

        Assert.Equal("info", card.Indicator);
        Assert.StartsWith("HER2-positive; uncertain: PIK3CA variant; HER2-directed therapy remains the backbone;", card.Summary, StringComparison.Ordinal);
        Assert.Contains("uncertain significance, not a resistance finding", card.Detail!, StringComparison.Ordinal);
    }

    [Fact]
    public void Detail_ShowsAvailabilityBesideEveryOptionAndCountsEveryDatedNote()
    {
        var result = Engine.Evaluate(Positive with { Pten = PtenStatus.Loss, Fcgr3a158 = Fcgr3a158Genotype.FF });

        var card = Cards(result)[0];

        foreach (var option in result.Options.Take(CardDetail.TopOptions))
        {
            var line = card.Detail!.Split('\n').Single(l => l.StartsWith($"{option.Rank}. **{option.Agent}**", StringComparison.Ordinal));
            Assert.Contains(Rules.KnowledgeBase.AvailabilityText.Badge(option.Availability), line, StringComparison.Ordinal);
            Assert.Contains($"Since the review: {option.Currency.Count} dated notes", line, StringComparison.Ordinal);
            Assert.All(option.Currency.Select(n => n.ClinicianNote).OfType<string>(), c => Assert.Contains(CardText.Markdown(c), line, StringComparison.Ordinal));
        }

        foreach (var finding in result.Findings)
        {
            var line = card.Detail!.Split('\n').Single(l => l.StartsWith($"- **{FindingNames.Full(finding)}**", StringComparison.Ordinal));
            Assert.Contains($"Since the review: {finding.Currency.Count} dated note", line, StringComparison.Ordinal);
        }

        Assert.Contains("reduced benefit, not a resistance finding", card.Detail!, StringComparison.Ordinal);
        Assert.Contains("every dated note with its sources", card.Detail!, StringComparison.Ordinal);
    }

    [Fact]
    public void Detail_EveryClinicianNoteAboutAnotherAgentNamesIt()
    {
        // Acquired resistance with PTEN loss: T-DM1 and lapatinib carry the trastuzumab deruxtecan and tucatinib notes,
        // the PTEN finding the capivasertib note (docs/clinical-rules.md, "Dated notes").
        var result = Engine.Evaluate(Positive with { Pten = PtenStatus.Loss, TrastuzumabHistory = TrastuzumabHistory.ProgressedAfterResponse });
        var detail = Cards(result)[0].Detail!;
        var lines = detail.Split('\n');

        var tdm1 = lines.Single(l => l.Contains("**Trastuzumab-DM1**", StringComparison.Ordinal));
        Assert.Contains("Trastuzumab deruxtecan (T-DXd, not in the review), not T-DM1: preferred treatment after first-line therapy", tdm1, StringComparison.Ordinal);
        Assert.DoesNotContain("For the clinician: Preferred", tdm1, StringComparison.Ordinal);
        var lapatinib = lines.Single(l => l.Contains("**Lapatinib**", StringComparison.Ordinal));
        Assert.Contains("Tucatinib (not in the review), with trastuzumab and capecitabine: an approved option", lapatinib, StringComparison.Ordinal);
        var pten = lines.Single(l => l.StartsWith("- **PTEN loss**", StringComparison.Ordinal));
        Assert.Contains("Capivasertib (an AKT inhibitor, not in the review): not approved for HER2+ disease", pten, StringComparison.Ordinal);

        // Every shown clinician note of a note about an agent outside the review names that agent.
        var shown = result.Findings.SelectMany(f => f.Currency).Concat(result.Options.SelectMany(o => o.Currency));
        Assert.All(shown.Where(n => n.Note.StartsWith("Not in the review:", StringComparison.Ordinal) && n.ClinicianNote is not null),
            n => Assert.Contains("not in the review", n.ClinicianNote!, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\bresistance: (?<names>[^;]+);")]
    private static partial Regex ResistancePart();

    [GeneratedRegex(@"\b(?<n>\d+) resistance findings?\b")]
    private static partial Regex ResistanceCount();

    [GeneratedRegex(@"\b(pten|pik3ca|erbb3|egfr|igf1r|muc4|cd44|src|fcgr3a158|fcgr2a131|fcgr3a|fcgr2a|p95Her2|cyclinE|serumHer2Ecd)\b")]
    private static partial Regex WireMarkerId();
}
