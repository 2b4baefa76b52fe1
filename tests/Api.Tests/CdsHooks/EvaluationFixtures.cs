namespace CdsService.Api.Tests.CdsHooks;

using CdsService.Rules.Engine;
using CdsService.Rules.KnowledgeBase;
using CdsService.Rules.Model;

/// <summary>Engine answers for card tests, including the knowledge base's longest agent names and a longer synthetic one.</summary>
public static class EvaluationFixtures
{
    public const string LongestKbAgent = "Recombinant vaccine";
    public static readonly string SyntheticLongAgent = new('X', 120);

    public static Evaluation Build(
        Her2Status status,
        IReadOnlyList<RequiredAction>? actions = null,
        IReadOnlyList<Finding>? findings = null,
        IReadOnlyList<RankedOption>? options = null,
        bool her2Low = false,
        IReadOnlyList<string>? inputs = null,
        bool her2Ultralow = false) =>
        new(
            new KnowledgeBaseStamp("1.0.0", "abc123", new ReviewIdentity("Bailey TA et al. J Carcinog 2011;10:28.", "10.4103/1477-3163.90442", false, "probable")),
            "1.0.0",
            inputs ?? ["her2"],
            new Her2Interpretation(status, status == Her2Status.Pending ? 3 : null, her2Low, her2Ultralow, "IHC 2+ (equivocal) without ISH", "ASCO/CAP 2018 (affirmed 2023)",
                actions ?? [], [], []),
            new TrastuzumabAssessment(status == Her2Status.Positive ? TrastuzumabIndication.Yes : TrastuzumabIndication.Undetermined, "basis", []),
            findings ?? [],
            options ?? [],
            [new Warning("her2-discordant", "Check the <discordant> result.", [])],
            [],
            [],
            "Decision support for clinicians; it does not prescribe.",
            new RankingInfo(RankingLens.Current, "2.0.0", "ranking text"),
            []);

    public static Finding Finding(string id, string input) =>
        new(id, ["pi3k-hyperactivation"], FindingEffect.Resistance, $"{id} over-activates PI3K-Akt.", [input],
            [new Citation { Ref = 16 }, new Citation { Ref = 60 }], []);

    public static readonly AgentAvailability ApprovedHer2Breast =
        new(AvailabilityStatus.ApprovedHer2Breast, 1, "HER2-positive metastatic breast cancer", "Approved.", "2024-06", true, []);

    public static RankedOption Option(int rank, string agent, EvidenceLevel level = EvidenceLevel.B, AgentAvailability? availability = null) =>
        new(rank, agent.ToLowerInvariant(), agent, "mTOR", "Downstream signaling", "II", "Yes", "Novartis", level, OptionDirection.Supports,
            OptionRelevance.Specific, ["pi3k-hyperactivation"], ["pten-loss"], "rationale", ["direction"], [new Citation { Ref = 105 }], [], [],
            availability ?? ApprovedHer2Breast, "Level B: a basis.");

    public static readonly RequiredAction ReflexIsh = new("reflex-ish", "IHC 2+ is equivocal: reflex ISH on the same specimen.");
    public static readonly RequiredAction ConcurrentIhc = new("concurrent-ihc", "ISH group 3 without IHC: concurrent IHC.");

    /// <summary>Every kind of answer the card builders can meet, each with the longest agent names.</summary>
    public static IEnumerable<(string Name, Evaluation Evaluation)> All()
    {
        string[] agents = [LongestKbAgent, SyntheticLongAgent, "Trastuzumab-DM1"];
        var many = Enumerable.Range(1, 13).Select(i => Finding($"finding-with-a-long-identifier-{i}", $"marker-with-long-name-{i}")).ToList();
        foreach (var agent in agents)
        {
            var options = new[] { Option(1, agent), Option(2, agent + " two"), Option(3, "RAD001"), Option(4, "Pertuzumab") };
            yield return ($"positive-findings-{agent.Length}", Build(Her2Status.Positive, findings: [Finding("pten-loss", "pten")], options: options));
            yield return ($"positive-many-findings-{agent.Length}", Build(Her2Status.Positive, findings: many, options: options));
            yield return ($"positive-plain-{agent.Length}", Build(Her2Status.Positive, options: options));
        }

        yield return ("negative", Build(Her2Status.Negative));
        yield return ("negative-low", Build(Her2Status.Negative, her2Low: true));
        yield return ("equivocal", Build(Her2Status.Equivocal, actions: [ReflexIsh]));
        yield return ("pending-concurrent-ihc", Build(Her2Status.Pending, actions: [ConcurrentIhc]));
        yield return ("pending-recount", Build(Her2Status.Pending, actions: [new RequiredAction("blinded-recount", "Blinded recount.")]));
        yield return ("indeterminate", Build(Her2Status.Indeterminate, actions: [new RequiredAction("adjudicate", "Adjudicate.")]));
        yield return ("unknown-with-markers", Build(Her2Status.Unknown, actions: [new RequiredAction("her2-testing", "Test HER2.")], findings: many, inputs: ["pten"]));
    }
}
