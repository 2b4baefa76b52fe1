namespace CdsService.Rules.Tests.Scenarios;

using CdsService.Rules.Engine;
using CdsService.Rules.Findings;
using CdsService.Rules.Her2;
using CdsService.Rules.Model;

public sealed class CdsEngineTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    private static readonly string[] RuleOrder =
    [
        "her2-status", "trastuzumab-gate",
        .. FindingIds.All,
        "pten-pik3ca-co-occurrence", "preclinical-evidence", "review-currency", "her2-backbone", "later-her2-options", "her2-negative-pi3k-approvals", "fcgr-favourable",
        "resistance-acquired", "resistance-primary", "resistance-type-unknown", "no-resistance-finding", "serum-ecd-threshold",
    ];

    [Fact]
    public void Evaluate_AnyPanel_ReportsEveryRuleOnceInOrder() =>
        Assert.Equal(RuleOrder, fixture.Evaluate(PanelBuilder.Her2Positive()).Rules.Select(r => r.RuleId));

    [Fact]
    public void Evaluate_AllMarkersAbnormal_EveryFindingFiresAndEveryOptionIsRanked()
    {
        var evaluation = fixture.Evaluate(PanelBuilder.AllMarkersAbnormal());

        // The two PIK3CA findings exclude each other: H1047R and E545K are activating, so the uncertain one stays silent.
        Assert.Equal(FindingIds.All.Where(id => id != FindingIds.Pik3caVariantUncertain), evaluation.Findings.Select(f => f.Id));
        Assert.Equal(Enumerable.Range(1, 22), evaluation.Options.Select(o => o.Rank));
        Assert.Equal(["pten-pik3ca-co-occurrence", "preclinical-evidence", "review-currency"], evaluation.Warnings.Select(w => w.Code));
        Assert.Equal(["her2-backbone", "later-her2-options", "resistance-type-unknown", "serum-ecd-threshold"], evaluation.Notes.Select(n => n.Code));
    }

    [Fact]
    public void Evaluate_AnyPanel_StampsKnowledgeBaseEngineInputsAndDisclaimer()
    {
        var panel = PanelBuilder.Her2Positive().Pten(PtenStatus.Loss).SerumEcd(12).Build();
        var kb = fixture.Engine.KnowledgeBase;

        var evaluation = fixture.Engine.Evaluate(panel);

        Assert.Same(kb.Stamp, evaluation.KnowledgeBase);
        Assert.Equal("2.2.0", evaluation.EngineVersion);
        Assert.Equal(["her2", "pten", "serumHer2Ecd"], evaluation.InputsUsed);
        Assert.Equal(kb.Statement("disclaimer").Text, evaluation.Disclaimer);
    }

    [Fact]
    public void Evaluate_PtenLoss_FindingIsKnowledgeBaseDefinitionPlusRuleDetailAndCurrency()
    {
        var kb = fixture.Engine.KnowledgeBase;
        var definition = kb.Finding("pten-loss");

        var finding = Assert.Single(fixture.Evaluate(PanelBuilder.Her2Positive().Pten(PtenStatus.Loss)).Findings);

        Assert.Equal(definition.Summary + " This patient: PTEN loss.", finding.Summary);
        Assert.Same(definition.Mechanisms, finding.Mechanisms);
        Assert.Same(definition.Citations, finding.Citations);
        Assert.Equal(kb.CurrencyFor("pten-loss").Select(c => c.ToNote()), finding.Currency);
        Assert.NotEmpty(finding.Currency);
    }

    [Fact]
    public void Evaluate_Her2StatusOutcome_ShowsTheCallAndItsBasis()
    {
        var evaluation = fixture.Evaluate(PanelBuilder.Her2Positive());
        var outcome = evaluation.Rules[0];

        Assert.Equal((RuleOutcomeKind.Fired, "HER2 positive: " + evaluation.Her2.Basis), (outcome.Outcome, outcome.Detail));
        var gate = evaluation.Rules[1];
        Assert.Equal(("trastuzumab-gate", RuleOutcomeKind.Fired), (gate.RuleId, gate.Outcome));
        Assert.Equal(["her2"], gate.Inputs);
        Assert.Equal("HER2 positive: trastuzumab indicated yes.", gate.Detail);
    }

    [Fact]
    public void Evaluate_SamePanelTwice_IdenticalOptions()
    {
        var panel = PanelBuilder.AllMarkersAbnormal().Build();

        var first = fixture.Engine.Evaluate(panel);
        var second = fixture.Engine.Evaluate(panel);

        Assert.Equal(first.Options.Select(o => o.AgentId), second.Options.Select(o => o.AgentId));
        Assert.Equal(first.Options.Select(o => o.Rationale), second.Options.Select(o => o.Rationale));
        Assert.Equal(first.Options.SelectMany(o => o.RankReasons), second.Options.SelectMany(o => o.RankReasons));
    }

    [Fact]
    public void Evaluate_TwoEngines_SameOrder() =>
        Assert.Equal(
            EngineFixture.AgentOrder(fixture.Evaluate(PanelBuilder.AllMarkersAbnormal())),
            EngineFixture.AgentOrder(new CdsEngine(fixture.Engine.KnowledgeBase).Evaluate(PanelBuilder.AllMarkersAbnormal().Build())));

    [Fact]
    public void Evaluate_AlternatingDetails_EachSummaryEndsWithItsOwnDetail()
    {
        string Summary(PanelBuilder panel) => fixture.Evaluate(panel).Findings.Single().Summary;

        Assert.EndsWith("This patient: Cyclin E amplified.", Summary(PanelBuilder.Her2Positive().CyclinE(CyclinEStatus.Amplified)), StringComparison.Ordinal);
        Assert.EndsWith("This patient: Cyclin E overexpressed.", Summary(PanelBuilder.Her2Positive().CyclinE(CyclinEStatus.Overexpressed)), StringComparison.Ordinal);
        Assert.EndsWith("This patient: Cyclin E amplified.", Summary(PanelBuilder.Her2Positive().CyclinE(CyclinEStatus.Amplified)), StringComparison.Ordinal);
        Assert.Contains("Q546K", Summary(PanelBuilder.Her2Positive().Pik3ca(Pik3caStatus.Mutated, "Q546K")), StringComparison.Ordinal);
        Assert.Contains("E545K", Summary(PanelBuilder.Her2Positive().Pik3ca(Pik3caStatus.Mutated, "p.Glu545Lys")), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NullPanel_Throws() =>
        Assert.Throws<ArgumentNullException>(() => fixture.Engine.Evaluate(null!));

    [Fact]
    public void Requirements_ListEveryFindingAndStatementTheRulesRead()
    {
        var requirements = CdsEngine.Requirements;

        Assert.Equal(FindingIds.All, requirements.FindingIds);
        Assert.Subset(requirements.StatementIds.ToHashSet(), Her2Interpreter.RequiredStatements.ToHashSet());
        Assert.Subset(requirements.StatementIds.ToHashSet(), TrastuzumabGate.StatementIds.ToHashSet());
        Assert.Contains("disclaimer", requirements.StatementIds);
        Assert.Contains("note.resistance-primary", requirements.StatementIds);
        Assert.Equal(requirements.StatementIds.Count, requirements.StatementIds.Distinct().Count());
    }
}
