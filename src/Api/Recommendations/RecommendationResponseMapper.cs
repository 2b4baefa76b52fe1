namespace CdsService.Api.Recommendations;

using CdsService.Rules.Vocabulary;
using CdsService.Api.Recommendations.Contracts;
using CdsService.Rules.Engine;

/// <summary>
/// The Rules evaluation to the public answer. The wire shape is written out here, not serialized from Rules records,
/// so that a change in the engine's types cannot silently change the contract.
/// </summary>
public static class RecommendationResponseMapper
{
    public static RecommendationResponse ToResponse(Evaluation evaluation, Guid evaluationId, DateTime evaluatedAtUtc, string rankingPolicy)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return new RecommendationResponse
        {
            EvaluationId = evaluationId,
            EvaluatedAt = evaluatedAtUtc,
            KnowledgeBase = new KnowledgeBaseStampResponse
            {
                Version = evaluation.KnowledgeBase.Version,
                Hash = evaluation.KnowledgeBase.Hash,
                Source = new ReviewSourceResponse
                {
                    Citation = evaluation.KnowledgeBase.Source.Citation,
                    Doi = evaluation.KnowledgeBase.Source.Doi,
                    Verified = evaluation.KnowledgeBase.Source.Verified,
                },
            },
            Her2 = ToResponse(evaluation.Her2),
            Trastuzumab = new TrastuzumabResponse
            {
                Indicated = WireNames.Of(evaluation.Trastuzumab.Indicated),
                Basis = evaluation.Trastuzumab.Basis,
                Citations = CitationMapper.ToResponse(evaluation.Trastuzumab.Citations),
            },
            Findings = [.. evaluation.Findings.Select(ToResponse)],
            Options = [.. evaluation.Options.Select(ToResponse)],
            Ranking = new RankingResponse
            {
                Lens = WireNames.Of(evaluation.Ranking.Lens),
                PolicyVersion = evaluation.Ranking.PolicyVersion,
                Text = evaluation.Ranking.Text,
            },
            AlsoDiscussed = [.. evaluation.AlsoDiscussed.Select(a => new AlsoDiscussedOptionResponse
            {
                Id = a.Id, Name = a.Name, Text = a.Text, Citations = CitationMapper.ToResponse(a.Citations),
                Availability = CitationMapper.ToResponse(a.Availability), Currency = CitationMapper.ToResponse(a.Currency),
            })],
            Warnings = [.. evaluation.Warnings.Select(w => ToMessage(w.Code, w.Text, w.Citations, w.Currency))],
            Notes = [.. evaluation.Notes.Select(n => ToMessage(n.Code, n.Text, n.Citations, n.Currency))],
            Basis = new BasisResponse
            {
                InputsUsed = evaluation.InputsUsed,
                Rules = [.. evaluation.Rules.Select(ToResponse)],
                EngineVersion = evaluation.EngineVersion,
                RankingPolicy = rankingPolicy,
            },
            Disclaimer = evaluation.Disclaimer,
        };
    }

    private static Her2Response ToResponse(Her2Interpretation her2) => new()
    {
        Status = WireNames.Of(her2.Status),
        IshGroup = her2.IshGroup,
        Her2Low = her2.Her2Low,
        Her2Ultralow = her2.Her2Ultralow,
        Basis = her2.Basis,
        Guideline = her2.Guideline,
        RequiredActions = [.. her2.RequiredActions.Select(a => new RequiredActionResponse { Code = a.Code, Text = a.Text })],
        Warnings = [.. her2.Warnings.Select(w => ToMessage(w.Code, w.Text, w.Citations, w.Currency))],
        Citations = CitationMapper.ToResponse(her2.Citations),
    };

    private static FindingResponse ToResponse(Finding finding) => new()
    {
        Id = finding.Id,
        Mechanisms = finding.Mechanisms,
        Effect = WireNames.Of(finding.Effect),
        Summary = finding.Summary,
        Inputs = finding.Inputs,
        Citations = CitationMapper.ToResponse(finding.Citations),
        Currency = CitationMapper.ToResponse(finding.Currency),
    };

    private static OptionResponse ToResponse(RankedOption option) => new()
    {
        Rank = option.Rank,
        AgentId = option.AgentId,
        Agent = option.Agent,
        Target = option.Target,
        MechanismTargeted = option.MechanismTargeted,
        Phase = option.Phase,
        CombinationWithTrastuzumab = option.CombinationWithTrastuzumab,
        Source = option.Source,
        EvidenceLevel = WireNames.Of(option.EvidenceLevel),
        Direction = WireNames.Of(option.Direction),
        Relevance = WireNames.Of(option.Relevance),
        MatchedMechanisms = option.MatchedMechanisms,
        MatchedFindings = option.MatchedFindings,
        Rationale = option.Rationale,
        RankReasons = option.RankReasons,
        Citations = CitationMapper.ToResponse(option.Citations),
        Availability = CitationMapper.ToResponse(option.Availability),
        Currency = CitationMapper.ToResponse(option.Currency),
        DataQualityNotes = option.DataQualityNotes,
    };

    private static RuleOutcomeResponse ToResponse(RuleOutcome rule) => new()
    {
        Id = rule.RuleId,
        Outcome = WireNames.Of(rule.Outcome),
        Inputs = rule.Inputs,
        Detail = rule.Detail,
    };

    private static MessageResponse ToMessage(string code, string text, IReadOnlyList<Citation> citations, IReadOnlyList<CurrencyNote> currency) =>
        new() { Code = code, Text = text, Citations = CitationMapper.ToResponse(citations), Currency = CitationMapper.ToResponse(currency) };
}
