namespace CdsService.Rules.KnowledgeBase.Json;

using System.Globalization;
using CdsService.Rules.Engine;
using CdsService.Rules.Model;

internal sealed partial class DocumentValidator
{
    private HashSet<string> ValidateAgents(IReadOnlyList<AgentDto>? agents)
    {
        var list = RequireList(agents, "agents");
        var ids = UniqueIds(list.Select(a => a.Id), "agents");
        foreach (var id in AgentIds.All.Where(id => !ids.Contains(id)))
            _problems.Add($"agents: Table 1 agent '{id}' is missing");
        foreach (var id in ids.Where(id => !AgentIds.All.Contains(id)))
            _problems.Add($"agents: '{id}' is not a Table 1 agent id");
        for (var i = 0; i < list.Count; i++)
        {
            var a = list[i];
            var at = $"agents[{i}] ({a.Id})";
            var expectedOrder = a.Id is null ? -1 : AgentIds.All.ToList().IndexOf(a.Id) + 1;
            if (expectedOrder > 0 && (a.TableOrder != expectedOrder || i + 1 != expectedOrder))
                _problems.Add($"{at}: out of Table 1 order (tableOrder {a.TableOrder}, position {i + 1}, Table 1 row {expectedOrder})");
            if (!Vocabulary.TryParseLevel(a.EvidenceLevel, out _))
                _problems.Add($"{at}: unknown evidence level '{a.EvidenceLevel}' (expected A, B, C, D or X)");
            Require(a.Agent, at + ".agent");
            Require(a.Target, at + ".target");
            Require(a.MechanismTargeted, at + ".mechanismTargeted");
            Require(a.Phase, at + ".phase");
            Require(a.Source, at + ".source");
            Require(a.LevelBasis, at + ".levelBasis");
            Require(a.SpecificBasis, at + ".specificBasis");
            Require(a.Evidence, at + ".evidence");
            if (a.CombinationWithTrastuzumab is null)
                _problems.Add($"{at}.combinationWithTrastuzumab: missing (use \"\" where Table 1 leaves it empty)");
            RequireKnown(a.SpecificFor, MarkerIds.All, at + ".specificFor", "marker id", required: false);
            if (a.RxNorm is not null && (a.RxNorm.Length == 0 || !a.RxNorm.All(char.IsAsciiDigit)))
                _problems.Add($"{at}.rxNorm: '{a.RxNorm}' is not an RxCUI");
            ValidateCitations(a.Citations, at + ".citations", required: true);
        }

        return ids;
    }

    private void ValidateEvidenceLevels(IReadOnlyList<EvidenceLevelDto>? levels)
    {
        var list = RequireList(levels, "evidenceLevels");
        var seen = new HashSet<EvidenceLevel>();
        for (var i = 0; i < list.Count; i++)
        {
            var at = $"evidenceLevels[{i}]";
            if (!Vocabulary.TryParseLevel(list[i].Level, out var level))
                _problems.Add($"{at}: unknown evidence level '{list[i].Level}'");
            else if (!seen.Add(level))
                _problems.Add($"evidenceLevels: duplicate level '{level}'");
            Require(list[i].Meaning, at + ".meaning");
            Require(list[i].Crosswalk, at + ".crosswalk");
            ValidateCitations(list[i].CrosswalkSources, at + ".crosswalkSources", required: true);
        }

        foreach (var level in Enum.GetValues<EvidenceLevel>().Where(l => !seen.Contains(l)))
            _problems.Add($"evidenceLevels: level '{level}' is missing");
    }

    private HashSet<string> ValidateAlsoDiscussed(IReadOnlyList<AlsoDiscussedDto>? also, HashSet<string> agentIds)
    {
        var list = also ?? [];
        var ids = UniqueIds(list.Select(a => a.Id), "alsoDiscussed");
        foreach (var id in ids.Where(agentIds.Contains))
            _problems.Add($"alsoDiscussed: '{id}' is a Table 1 agent");
        for (var i = 0; i < list.Count; i++)
        {
            Require(list[i].Name, $"alsoDiscussed[{i}].name");
            Require(list[i].Text, $"alsoDiscussed[{i}].text");
            ValidateCitations(list[i].Citations, $"alsoDiscussed[{i}] ({list[i].Id}).citations", required: true);
        }

        return ids;
    }

    private void ValidateCurrency(IReadOnlyList<CurrencyDto>? notes, HashSet<string> subjects)
    {
        var list = RequireList(notes, "currencyNotes");
        UniqueIds(list.Select(c => c.Id), "currencyNotes");
        for (var i = 0; i < list.Count; i++)
        {
            var c = list[i];
            var at = $"currencyNotes[{i}] ({c.Id})";
            if (c.Subject is null || !subjects.Contains(c.Subject))
                _problems.Add($"{at}: subject '{c.Subject}' is not an agent or finding id");
            if (!IsPartialDate(c.AsOf))
                _problems.Add($"{at}: asOf '{c.AsOf}' is not a date (yyyy, yyyy-MM or yyyy-MM-dd)");
            Require(c.Note, at + ".note");
            if (c.Verified is null)
                _problems.Add($"{at}.verified: missing");
            if ((c.Citations ?? []).Any(x => x.Ref is not null || x.Source == Citation.ReviewSource))
                _problems.Add($"{at}: currency notes postdate the review and cite external sources only");
            ValidateCitations(c.Citations, at + ".citations");
        }
    }

    private HashSet<string> ValidateStatements(IReadOnlyList<StatementDto>? statements)
    {
        var list = RequireList(statements, "statements");
        var ids = UniqueIds(list.Select(s => s.Id), "statements");
        for (var i = 0; i < list.Count; i++)
        {
            Require(list[i].Text, $"statements[{i}] ({list[i].Id}).text");
            ValidateCitations(list[i].Citations, $"statements[{i}] ({list[i].Id}).citations");
        }

        return ids;
    }

    private static bool IsPartialDate(string? text) =>
        text is not null && (text.Length is 4 or 7 or 10)
        && DateTime.TryParseExact(text, text.Length switch { 4 => "yyyy", 7 => "yyyy-MM", _ => "yyyy-MM-dd" },
            CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
