namespace CdsService.Rules.Ranking;

using System.Text;
using CdsService.Rules.KnowledgeBase;

/// <summary>
/// Writes each option's rationale: which findings it matched and why (the agent's "specific for" basis or its Table 1
/// class), why its level, and its caveats (evidence-levels.md: "every option states why it sits where it does").
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

    public static string GeneralWithoutFindings(AgentProfile profile) => string.Concat(
        "General: this patient has no resistance or reduced-benefit finding, so no Table 1 option is specific.",
        profile.EvidenceText);

    public static string GeneralWithFindings(AgentProfile profile) => string.Concat(
        "General: the review ties ", profile.Agent.Agent, " to none of this patient's findings, and its Table 1 class \"",
        profile.Agent.MechanismTargeted, "\" covers none of their mechanisms.", profile.EvidenceText);

    public static string Specific(AgentProfile profile, string specificFindings, string? classFindings, IReadOnlyList<string> classMechanisms)
    {
        var classPart = classFindings is null
            ? string.Empty
            : string.Concat(
                [" Its Table 1 class \"", profile.Agent.MechanismTargeted, "\" also covers ", string.Join(", ", classMechanisms), " (", classFindings, ")."]);
        return string.Concat(
            ["Specific: matched this patient's ", specificFindings, ". ", profile.SpecificBasis, classPart, profile.EvidenceText]);
    }

    public static string Mechanism(AgentProfile profile, string classFindings, IReadOnlyList<string> classMechanisms) =>
        string.Concat(
        [
            "Mechanism: its Table 1 class \"", profile.Agent.MechanismTargeted, "\" covers ", string.Join(", ", classMechanisms),
            ", found in this patient's ", classFindings, "; the review does not tie ", profile.Agent.Agent, " to these markers.",
            profile.EvidenceText,
        ]);

    /// <summary>Knowledge-base texts are joined into one paragraph, so each must end as a sentence.</summary>
    public static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' ? trimmed : trimmed + ".";
    }
}
