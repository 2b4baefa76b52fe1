namespace CdsService.Rules.Tests.KnowledgeBase;

using CdsService.Rules.Engine;
using CdsService.Rules.Model;

/// <summary>
/// Every dated note in the knowledge base reaches at least one answer, and every answer carries all the notes of what
/// it shows (never only the first): an agent's with its option, a finding's with the finding, an advisory's or HER2
/// label's with that message.
/// </summary>
public sealed class DatedNotesReachAnswersTests(EngineFixture fixture) : IClassFixture<EngineFixture>
{
    /// <summary>Patients that between them show every agent, finding, advisory and HER2 label that can carry notes.</summary>
    private static readonly PanelBuilder[] Patients =
    [
        PanelBuilder.AllMarkersAbnormal(),
        PanelBuilder.Her2Positive().Pik3ca(Pik3caStatus.Mutated, "I391M"),
        PanelBuilder.Her2Positive().Fcgr3a(Fcgr3a158Genotype.VV),
        PanelBuilder.Patient().Ihc(IhcScore.One),
        PanelBuilder.Patient().Ihc(IhcScore.Zero, membraneStaining: true),
    ];

    [Fact]
    public void EveryDatedNote_ReachesAtLeastOneAnswer()
    {
        var reached = Patients.SelectMany(p => NoteIds(fixture.Evaluate(p))).ToHashSet(StringComparer.Ordinal);

        var missing = fixture.Engine.KnowledgeBase.CurrencyNotes.Select(n => n.Id).Where(id => !reached.Contains(id)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void EveryShownSubject_CarriesAllItsNotesInDateOrder()
    {
        var kb = fixture.Engine.KnowledgeBase;
        var evaluation = fixture.Evaluate(PanelBuilder.AllMarkersAbnormal());

        Assert.All(evaluation.Options, o => Assert.Equal(kb.CurrencyFor(o.AgentId).Select(n => n.Id), o.Currency.Select(n => n.Id)));
        Assert.All(evaluation.Findings, f => Assert.Equal(kb.CurrencyFor(f.Id).Select(n => n.Id), f.Currency.Select(n => n.Id)));
        Assert.All(evaluation.AlsoDiscussed, a => Assert.Equal(kb.CurrencyFor(a.Id).Select(n => n.Id), a.Currency.Select(n => n.Id)));
        Assert.All(evaluation.Options, o => Assert.Equal(o.Currency.Select(n => n.AsOf).Order(StringComparer.Ordinal), o.Currency.Select(n => n.AsOf)));
    }

    [Fact]
    public void UnverifiedNotes_SayUnverifiedInTheirOwnWords() =>
        Assert.All(
            fixture.Engine.KnowledgeBase.CurrencyNotes.Where(n => !n.Verified),
            n => Assert.Contains("unverified", n.Note, StringComparison.OrdinalIgnoreCase));

    private static IEnumerable<string> NoteIds(Evaluation e) =>
        e.Options.SelectMany(o => o.Currency)
            .Concat(e.Findings.SelectMany(f => f.Currency))
            .Concat(e.AlsoDiscussed.SelectMany(a => a.Currency))
            .Concat(e.Notes.SelectMany(n => n.Currency))
            .Concat(e.Warnings.SelectMany(w => w.Currency))
            .Select(n => n.Id);
}
