namespace CdsService.Rules.Ranking;

using System.Text;
using CdsService.Rules.KnowledgeBase;
using CdsService.Rules.Vocabulary;

/// <summary>
/// Writes each option's rationale and rank reasons: which findings it matched and why (the agent's "specific for"
/// basis or its own mechanism set), which it cannot address, why its level, its caveats, and its availability
/// (docs/clinical-rules.md: every option states why it sits where it does).
/// </summary>
internal static class RationaleWriter
{
    public static string EvidenceText(AgentDefinition agent)
    {
        var text = new StringBuilder(512);
        if (agent.Evidence.Length > 0) text.Append(" Evidence: ").Append(Sentence(agent.Evidence));
        var levelLabel = "Level " + agent.EvidenceLevel + ":";
        text.Append(' ');
        if (!agent.LevelBasis.StartsWith(levelLabel, StringComparison.Ordinal)) text.Append(levelLabel).Append(' ');
        text.Append(Sentence(agent.LevelBasis));
        if (agent.Caveats.Count > 0)
        {
            text.Append(" Caveats:");
            foreach (var caveat in agent.Caveats) text.Append(' ').Append(Sentence(caveat));
        }

        return text.ToString();
    }

    /// <summary>"level: B (basis: ...)": what the level rests on, which is not always a trial of overcoming resistance.</summary>
    public static string LevelReason(AgentDefinition agent)
    {
        var basis = Sentence(agent.LevelBasis);
        var label = "Level " + agent.EvidenceLevel + ": ";
        if (basis.StartsWith(label, StringComparison.Ordinal)) basis = basis[label.Length..];
        return string.Concat("level: ", WireNames.Of(agent.EvidenceLevel), " (basis: ", basis.TrimEnd('.'), ")");
    }

    /// <summary>"availability: tier 2, approved-other (…), as of 2015-05-28, verified": dated, sourced, outside the review.</summary>
    public static string AvailabilityReason(AgentAvailability availability) =>
        string.Concat(
            "availability: tier ", availability.Tier.ToString(System.Globalization.CultureInfo.InvariantCulture), ", ",
            AvailabilityText.Label(availability.Status), availability.Indication is { } indication ? " (" + indication.TrimEnd('.') + ")" : string.Empty,
            ", as of ", availability.AsOf, availability.Verified ? ", verified" : ", unverified",
            "; dated knowledge from outside the review");

    public static string General(AgentProfile profile, bool anyRelevantFinding) => anyRelevantFinding
        ? string.Concat(
            "General: the review ties ", profile.Agent.Agent, " to none of this patient's findings, and its mechanism set (",
            MechanismSet(profile.Agent), ") covers none of their mechanisms. ", Sentence(profile.Agent.MechanismBasis), profile.EvidenceText)
        : string.Concat(
            "General: this patient has no resistance or reduced-benefit finding, so no option is matched to one.", profile.EvidenceText);

    /// <summary>Lens 'current': a match the review would make, set aside because later evidence does not support the marker.</summary>
    public static string GeneralSetAside(AgentProfile profile, string setAsideFindings, string why) => string.Concat(
        "General in this lens: matched by the review's 2011 markers and mechanisms, ", profile.Agent.Agent, " would be relevant to this patient's ",
        setAsideFindings, ", but ", why, ". ", Sentence(profile.Agent.MechanismBasis), profile.EvidenceText);

    public static string GeneralExcluded(AgentProfile profile, string excludedFindings) => string.Concat(
        "General: not matched to this patient's ", excludedFindings, ". ", Sentence(profile.Agent.MechanismBasis), profile.EvidenceText);

    public static string Specific(AgentProfile profile, string specificFindings, string? mechanismFindings, string mechanisms, string? excludedFindings)
    {
        var mechanismPart = mechanismFindings is null
            ? string.Empty
            : string.Concat([" Its mechanism set also covers ", mechanisms, " (", mechanismFindings, ")."]);
        return string.Concat(
            ["Specific: matched this patient's ", specificFindings, ". ", profile.SpecificBasis, mechanismPart, Excluded(profile, excludedFindings), profile.EvidenceText]);
    }

    public static string Mechanism(AgentProfile profile, string mechanismFindings, string mechanisms, string? excludedFindings) =>
        string.Concat(
        [
            "Mechanism: its mechanism set covers ", mechanisms, ", found in this patient's ", mechanismFindings,
            "; the review does not tie ", profile.Agent.Agent, " to these markers. ", Sentence(profile.Agent.MechanismBasis),
            Excluded(profile, excludedFindings), profile.EvidenceText,
        ]);

    /// <summary>Knowledge-base texts are joined into one paragraph, so each must end as a sentence.</summary>
    public static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' ? trimmed : trimmed + ".";
    }

    private static string Excluded(AgentProfile profile, string? excludedFindings) => excludedFindings is null
        ? string.Empty
        : string.Concat(" Not matched to this patient's ", excludedFindings, ": by the service's reading of the review ", profile.Agent.Agent, " cannot address it (see the mechanism basis).");

    private static string MechanismSet(AgentDefinition agent) => agent.Mechanisms.Count == 0 ? "none" : ClinicalLabels.MechanismsInText(agent.Mechanisms);
}
