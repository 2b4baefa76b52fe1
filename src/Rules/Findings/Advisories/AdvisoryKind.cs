namespace CdsService.Rules.Findings.Advisories;

/// <summary>Whether a fired advisory becomes a warning (something to check) or a note (context).</summary>
public enum AdvisoryKind { Warning, Note }
