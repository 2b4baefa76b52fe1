namespace CdsService.Rules.KnowledgeBase.Json;

using CdsService.Rules.Model;

// Structural checks only (docs/clinical-rules.md, "The knowledge base"): ids unique, citations resolve, Table 1 complete, levels valid, the
// typed rules' ids present. Clinical judgement (which agent has which level) belongs to the file and its tests.
internal sealed partial class DocumentValidator
{
    private const string NotInReview = "Not in the review:";

    private readonly List<string> _problems = [];
    private readonly HashSet<int> _referenceNumbers = [];

    public static IReadOnlyList<string> Validate(KnowledgeBaseDocument document, KnowledgeBaseRequirements requirements)
    {
        var validator = new DocumentValidator();
        validator.Run(document, requirements);
        return validator._problems;
    }

    private void Run(KnowledgeBaseDocument d, KnowledgeBaseRequirements requirements)
    {
        Require(d.Version, "version");
        Require(d.EffectiveDate, "effectiveDate");
        Require(d.RankingPolicyVersion, "rankingPolicyVersion");
        ValidateSource(d.Source);
        ValidateReferences(d.References);
        ValidateThresholds(d.Thresholds);
        ValidateMechanisms(d.Mechanisms);
        var findingIds = ValidateFindings(d.Findings);
        var agentIds = ValidateAgents(d.Agents, findingIds);
        ValidateEvidenceLevels(d.EvidenceLevels);
        var alsoIds = ValidateAlsoDiscussed(d.AlsoDiscussed, agentIds);
        var subjects = agentIds.Concat(alsoIds).Concat(findingIds).Concat(requirements.NoteSubjects).ToHashSet(StringComparer.Ordinal);
        ValidateCurrency(d.CurrencyNotes, subjects);
        var statementIds = ValidateStatements(d.Statements);
        foreach (var id in requirements.FindingIds.Where(id => !findingIds.Contains(id)))
            _problems.Add($"requirements: finding '{id}' is missing");
        foreach (var id in requirements.StatementIds.Where(id => !statementIds.Contains(id)))
            _problems.Add($"requirements: statement '{id}' is missing");
    }

    private void ValidateSource(SourceDto? source)
    {
        if (source is null)
        {
            _problems.Add("source: missing");
            return;
        }

        Require(source.Citation, "source.citation");
        Require(source.Doi, "source.doi");
        Require(source.Note, "source.note");
        if (source.Verified is null)
            _problems.Add("source.verified: missing");
    }

    private void ValidateReferences(IReadOnlyList<ReferenceDto>? references)
    {
        var list = RequireList(references, "references");
        for (var i = 0; i < list.Count; i++)
        {
            var r = list[i];
            var at = $"references[{i}]";
            if (r.Number is not { } n || n < Vocabulary.FirstReference || n > Vocabulary.LastReference)
                _problems.Add($"{at}: number {r.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(missing)"} is outside {Vocabulary.FirstReference}..{Vocabulary.LastReference}");
            else if (!_referenceNumbers.Add(n))
                _problems.Add($"references: duplicate number {n}");
            Require(r.Context, at + ".context");
            if (r.Confidence is not null && !Vocabulary.Confidences.Contains(r.Confidence))
                _problems.Add($"{at}: unknown confidence '{r.Confidence}' (expected {string.Join(", ", Vocabulary.Confidences)} or null)");
            if ((r.Paper is null) != (r.Confidence is null))
                _problems.Add($"{at}: paper and confidence must be given together (an identification always says how sure it is)");
        }
    }

    private void ValidateThresholds(ThresholdsDto? thresholds)
    {
        if (thresholds?.SerumHer2EcdThresholdNgPerMl is not > 0)
            _problems.Add("thresholds.serumHer2EcdThresholdNgPerMl: missing or not positive");
        var citations = thresholds?.SerumHer2EcdThresholdCitations ?? [];
        if (citations.Count == 0 || citations.Any(c => c.Ref is not null || c.Source == Engine.Citation.ReviewSource))
            _problems.Add("thresholds.serumHer2EcdThresholdCitations: the threshold is not from the review and needs its external source");
        ValidateCitations(citations, "thresholds.serumHer2EcdThresholdCitations");
    }

    private void ValidateMechanisms(IReadOnlyList<MechanismDto>? mechanisms)
    {
        var list = RequireList(mechanisms, "mechanisms");
        var ids = UniqueIds(list.Select(m => m.Id), "mechanisms");
        foreach (var id in ids.Where(id => !MechanismIds.All.Contains(id)))
            _problems.Add($"mechanisms: unknown mechanism id '{id}'");
        foreach (var id in MechanismIds.All.Where(id => !ids.Contains(id)))
            _problems.Add($"mechanisms: '{id}' is missing");
        for (var i = 0; i < list.Count; i++)
        {
            var at = $"mechanisms[{i}] ({list[i].Id})";
            Require(list[i].Name, at + ".name");
            Require(list[i].Description, at + ".description");
            ValidateCitations(list[i].Citations, at + ".citations", required: true);
        }
    }

    private HashSet<string> ValidateFindings(IReadOnlyList<FindingDto>? findings)
    {
        var list = RequireList(findings, "findings");
        var ids = UniqueIds(list.Select(f => f.Id), "findings");
        for (var i = 0; i < list.Count; i++)
        {
            var f = list[i];
            var at = $"findings[{i}] ({f.Id})";
            RequireKnown(f.Inputs, MarkerIds.All, at + ".inputs", "marker id", required: true);
            RequireKnown(f.Mechanisms, MechanismIds.All, at + ".mechanisms", "mechanism id", required: true);
            if (!Vocabulary.TryParseEffect(f.Effect, out _))
                _problems.Add($"{at}: unknown effect '{f.Effect}' (expected resistance, reduced-benefit or uncertain)");
            Require(f.Summary, at + ".summary");
            ValidateCitations(f.Citations, at + ".citations", required: true);
        }

        return ids;
    }
}
