namespace CdsService.Rules.KnowledgeBase.Json;

using System.Globalization;
using CdsService.Rules.Engine;
using CdsService.Rules.Model;

internal sealed partial class DocumentValidator
{
    private HashSet<string> ValidateAgents(IReadOnlyList<AgentDto>? agents, HashSet<string> findingIds)
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
            RequireKnown(a.Mechanisms, MechanismIds.All, at + ".mechanisms", "mechanism id", required: false);
            RequireKnown(a.ExcludedFindings, [.. findingIds], at + ".excludedFindings", "finding id", required: false);
            Require(a.MechanismBasis, at + ".mechanismBasis");
            ValidateAvailability(a.Availability, at + ".availability");
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
            ValidateAvailability(list[i].Availability, $"alsoDiscussed[{i}] ({list[i].Id}).availability");
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
            if (c.Subjects is not { Count: > 0 })
                _problems.Add($"{at}.subjects: missing or empty");
            foreach (var subject in (c.Subjects ?? []).Where(s => !subjects.Contains(s)))
                _problems.Add($"{at}: subject '{subject}' is not an agent, finding, advisory or HER2-label id");
            if (!IsPartialDate(c.AsOf))
                _problems.Add($"{at}: asOf '{c.AsOf}' is not a date (yyyy, yyyy-MM or yyyy-MM-dd)");
            if (c.AsOfKind is not null && !CurrencyNote.AsOfKinds.Contains(c.AsOfKind))
                _problems.Add($"{at}.asOfKind: '{c.AsOfKind}' is not one of {string.Join(", ", CurrencyNote.AsOfKinds)}");
            Require(c.Note, at + ".note");
            if (c.ClinicianNote is not null)
                Require(c.ClinicianNote, at + ".clinicianNote");
            // A clinician note about an agent the review does not discuss is shown under a review agent or finding;
            // unnamed it reads as a statement about that option (docs/clinical-rules.md, "Dated notes").
            if (c.Note is { } note && note.StartsWith(NotInReview, StringComparison.Ordinal)
                && c.ClinicianNote is { } advice && !advice.Contains("not in the review", StringComparison.Ordinal))
                _problems.Add($"{at}.clinicianNote: a note about an agent not in the review must name it, \"<agent> (not in the review): ...\"");
            // The rank reason names the evidence that sets a marker aside, so such a note needs a short label.
            if (c.MarkerNotValidated == true && string.IsNullOrWhiteSpace(c.Label))
                _problems.Add($"{at}.label: required when markerNotValidated is true");
            ValidateVerifiedFact(c.Verified, c.Note, c.Sources, at);
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

    private void ValidateAvailability(AvailabilityDto? availability, string at)
    {
        if (availability is null)
        {
            _problems.Add($"{at}: missing");
            return;
        }

        if (!Vocabulary.TryParseAvailability(availability.Status, out var status))
            _problems.Add($"{at}.status: unknown status '{availability.Status}' (expected {string.Join(", ", Vocabulary.AvailabilityStatuses)})");
        var approved = status is AvailabilityStatus.ApprovedHer2Breast or AvailabilityStatus.ApprovedOther;
        if (approved)
            Require(availability.Indication, at + ".indication");
        else if (availability.Indication is not null)
            _problems.Add($"{at}.indication: only an approved agent has an indication");
        Require(availability.Note, at + ".note");
        if (!IsPartialDate(availability.AsOf))
            _problems.Add($"{at}: asOf '{availability.AsOf}' is not a date (yyyy, yyyy-MM or yyyy-MM-dd)");
        ValidateVerifiedFact(availability.Verified, availability.Note, availability.Sources, at);
    }

    // An unverified fact says so in its own words, and a verified one rests on at least one source that can verify
    // (docs/clinical-rules.md, "Sources"): a vendor page or a wiki never makes anything verified.
    private void ValidateVerifiedFact(bool? verified, string? text, IReadOnlyList<LinkDto>? sources, string at)
    {
        var links = sources ?? [];
        for (var i = 0; i < links.Count; i++)
            ValidateLink(links[i], $"{at}.sources[{i}]");
        if (verified is null)
        {
            _problems.Add($"{at}.verified: missing");
        }
        else if (verified.Value)
        {
            if (!links.Any(l => l is { Url: not null, ReliedOn: true } && SourceKinds.IsKnown(l.Kind) && SourceKinds.CanVerify(new SourceLink(l.Url, l.Kind!, l.Detail, true))))
                _problems.Add($"{at}: verified, but no relied-on source can verify it (only {string.Join(", ", SourceKinds.Weak)} sources, or none)");
        }
        else if (text is not null && !text.Contains("unverified", StringComparison.OrdinalIgnoreCase))
        {
            _problems.Add($"{at}: not verified, so its text must say \"unverified\"");
        }
    }

    private void ValidateLink(LinkDto link, string at)
    {
        if (!Uri.TryCreate(link.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            _problems.Add($"{at}.url: '{link.Url}' is not an http(s) URL");
        if (!SourceKinds.IsKnown(link.Kind))
            _problems.Add($"{at}.kind: unknown source kind '{link.Kind}' (expected {string.Join(", ", SourceKinds.All)})");
        if (link.ReliedOn is null)
            _problems.Add($"{at}.reliedOn: missing");
        else if (link.ReliedOn.Value && link.Kind is not null && SourceKinds.NeverReliedOn.Contains(link.Kind, StringComparer.Ordinal))
            _problems.Add($"{at}: a {link.Kind} source is never relied on");
        if (link.Detail is not null)
            Require(link.Detail, at + ".detail");
    }

    private static bool IsPartialDate(string? text) =>
        text is not null && (text.Length is 4 or 7 or 10)
        && DateTime.TryParseExact(text, text.Length switch { 4 => "yyyy", 7 => "yyyy-MM", _ => "yyyy-MM-dd" },
            CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
