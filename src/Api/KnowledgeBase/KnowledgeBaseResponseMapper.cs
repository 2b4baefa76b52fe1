namespace CdsService.Api.KnowledgeBase;

using CdsService.Rules.Vocabulary;
using CdsService.Api.KnowledgeBase.Contracts;
using CdsService.Api.Recommendations;
using KnowledgeBaseModel = CdsService.Rules.KnowledgeBase.KnowledgeBase;

/// <summary>The Rules knowledge base to its public shape; built once, it never changes while the process runs.</summary>
public static class KnowledgeBaseResponseMapper
{
    public static KnowledgeBaseResponse ToResponse(KnowledgeBaseModel kb)
    {
        ArgumentNullException.ThrowIfNull(kb);
        return new KnowledgeBaseResponse
        {
            Version = kb.Version,
            Hash = kb.Hash,
            EffectiveDate = kb.EffectiveDate,
            Source = new ReviewIdentityResponse
            {
                Citation = kb.Stamp.Source.Citation,
                Doi = kb.Stamp.Source.Doi,
                Verified = kb.Stamp.Source.Verified,
                Note = kb.Stamp.Source.Note,
            },
            RankingPolicyVersion = kb.RankingPolicyVersion,
            References = [.. kb.References.Select(r => new ReferenceResponse
            {
                Number = r.Number, Context = r.Context, Paper = r.Paper, Ids = r.Ids, Url = r.Url, Confidence = r.Confidence,
            })],
            Mechanisms = [.. kb.Mechanisms.Select(m => new MechanismResponse
            {
                Id = m.Id, Name = m.Name, Description = m.Description, Citations = CitationMapper.ToResponse(m.Citations),
            })],
            Findings = [.. kb.Findings.Select(f => new FindingDefinitionResponse
            {
                Id = f.Id, Inputs = f.Inputs, Mechanisms = f.Mechanisms, Effect = WireNames.Of(f.Effect), Summary = f.Summary,
                Citations = CitationMapper.ToResponse(f.Citations),
            })],
            Agents = [.. kb.Agents.OrderBy(a => a.TableOrder).Select(a => new AgentResponse
            {
                Id = a.Id, TableOrder = a.TableOrder, Agent = a.Agent, Target = a.Target, MechanismTargeted = a.MechanismTargeted,
                Phase = a.Phase, CombinationWithTrastuzumab = a.CombinationWithTrastuzumab, Source = a.Source,
                Level = WireNames.Of(a.EvidenceLevel), LevelBasis = a.LevelBasis, SpecificFor = a.SpecificFor,
                SpecificBasis = a.SpecificBasis, Evidence = a.Evidence, Caveats = a.Caveats,
                Citations = CitationMapper.ToResponse(a.Citations), DataQualityNotes = a.DataQualityNotes, RxNorm = a.RxNorm,
                Mechanisms = a.Mechanisms, ExcludedFindings = a.ExcludedFindings, MechanismBasis = a.MechanismBasis,
                Availability = CitationMapper.ToResponse(a.Availability),
            })],
            EvidenceLevels = [.. kb.EvidenceLevels.Select(l => new EvidenceLevelResponse
            {
                Level = WireNames.Of(l.Level), Meaning = l.Meaning, Crosswalk = l.Crosswalk,
                CrosswalkSources = CitationMapper.ToResponse(l.CrosswalkSources),
            })],
            AlsoDiscussed = [.. kb.AlsoDiscussed.Select(a => new AlsoDiscussedResponse
            {
                Id = a.Id, Name = a.Name, Text = a.Text, Citations = CitationMapper.ToResponse(a.Citations),
                Availability = CitationMapper.ToResponse(a.Availability),
            })],
            CurrencyNotes = [.. kb.CurrencyNotes.Select(c => new CurrencyEntryResponse
            {
                Id = c.Id, Subjects = c.Subjects, AsOf = c.AsOf, AsOfKind = c.AsOfKind, Note = c.Note, ClinicianNote = c.ClinicianNote, Verified = c.Verified,
                Sources = CitationMapper.ToResponse(c.Sources),
            })],
        };
    }
}
