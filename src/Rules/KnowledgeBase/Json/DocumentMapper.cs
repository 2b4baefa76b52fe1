namespace CdsService.Rules.KnowledgeBase.Json;

using CdsService.Rules.Engine;
using CdsService.Rules.Ranking;

// Runs only on a document the validator accepted, so the null-forgiving reads below are guarded by validation.
internal sealed class DocumentMapper(KnowledgeBaseDocument document, string hash)
{
    private readonly Dictionary<int, ReviewReference> _references = document.References!
        .Select(r => new ReviewReference(r.Number!.Value, r.Context!, r.Paper, r.Ids, r.Url, r.Confidence))
        .ToDictionary(r => r.Number);

    public KnowledgeBase Map()
    {
        var d = document;
        var source = new ReviewIdentity(d.Source!.Citation!, d.Source.Doi!, d.Source.Verified!.Value, d.Source.Note!);
        return new KnowledgeBase(
            new KnowledgeBaseStamp(d.Version!, hash, source),
            d.EffectiveDate!,
            d.RankingPolicyVersion!,
            [.. _references.Values.OrderBy(r => r.Number)],
            [.. d.Mechanisms!.Select(m => new MechanismDefinition(m.Id!, m.Name!, m.Description!, Cite(m.Citations)))],
            [.. d.Findings!.Select(MapFinding)],
            [.. d.Agents!.Select(MapAgent)],
            [.. d.EvidenceLevels!.Select(MapLevel).OrderBy(l => l.Level)],
            [.. (d.AlsoDiscussed ?? []).Select(a => new AlsoDiscussedAgent(a.Id!, a.Name!, a.Text!, Cite(a.Citations), MapAvailability(a.Availability!)))],
            [.. d.CurrencyNotes!.Select(c => new CurrencyEntry(c.Id!, [.. c.Subjects!], c.AsOf!, c.Note!, c.ClinicianNote, c.Verified!.Value, Links(c.Sources),
                c.MarkerNotValidated ?? false, c.Label, [.. c.Subjects!.Where(s => d.Agents!.Any(a => a.Id == s))], c.AsOfKind ?? CurrencyNote.EventDate))],
            [.. d.Statements!.Select(s => new Statement(s.Id!, s.Text!, Cite(s.Citations)))],
            d.Thresholds!.SerumHer2EcdThresholdNgPerMl!.Value,
            Cite(d.Thresholds.SerumHer2EcdThresholdCitations));
    }

    private FindingDefinition MapFinding(FindingDto f) =>
        new(f.Id!, [.. f.Inputs!], [.. f.Mechanisms!], Vocabulary.Effect(f.Effect), f.Summary!, Cite(f.Citations));

    private AgentDefinition MapAgent(AgentDto a) =>
        new(a.Id!, a.TableOrder!.Value, a.Agent!, a.Target!, a.MechanismTargeted!, a.Phase!, a.CombinationWithTrastuzumab!,
            a.Source!, Vocabulary.Level(a.EvidenceLevel), a.LevelBasis!, [.. a.SpecificFor ?? []], a.SpecificBasis!, a.Evidence!, [.. a.Caveats ?? []],
            Cite(a.Citations), [.. a.DataQualityNotes ?? []], a.RxNorm, [.. a.Mechanisms ?? []], [.. a.ExcludedFindings ?? []],
            a.MechanismBasis!, MapAvailability(a.Availability!));

    private static AgentAvailability MapAvailability(AvailabilityDto a)
    {
        var status = Vocabulary.Availability(a.Status);
        return new(status, RankingPolicy.TierOf(status), a.Indication, a.Note!, a.AsOf!, a.Verified!.Value, Links(a.Sources));
    }

    private static List<SourceLink> Links(IReadOnlyList<LinkDto>? links) =>
        [.. (links ?? []).Select(l => new SourceLink(l.Url!, l.Kind!, l.Detail, l.ReliedOn!.Value))];

    private EvidenceLevelDefinition MapLevel(EvidenceLevelDto l) =>
        new(Vocabulary.Level(l.Level), l.Meaning!, l.Crosswalk!, Cite(l.CrosswalkSources));

    private List<Citation> Cite(IReadOnlyList<CitationDto>? citations) => [.. (citations ?? []).Select(Cite)];

    private Citation Cite(CitationDto c)
    {
        if (c.Ref is not { } n)
            return new Citation { Source = c.Source, Text = c.Text, Section = c.Section, Url = c.Url };

        // A probable identification keeps its confidence next to the paper, so it never reads as certain.
        var reference = _references[n];
        return new Citation { Ref = n, Text = c.Text, Section = c.Section, Paper = reference.Paper, Identification = reference.Confidence };
    }
}
