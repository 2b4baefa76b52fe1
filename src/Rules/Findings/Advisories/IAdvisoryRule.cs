namespace CdsService.Rules.Findings.Advisories;

/// <summary>
/// A rule that adds a warning or a note. Its text is one or two knowledge-base statements (<see cref="StatementIds"/>
/// lists every one it may choose); the rule only decides whether it applies and which words fit this patient.
/// Advisories never change findings, options or their order.
/// </summary>
public interface IAdvisoryRule
{
    /// <summary>The warning or note code in the answer; also the rule id in the rule outcomes.</summary>
    string Id { get; }

    AdvisoryKind Kind { get; }

    IReadOnlyList<string> StatementIds { get; }

    /// <summary>The dated-note subject shown with this advisory, if any (e.g. the later FcγR studies).</summary>
    string? NoteSubject => null;

    IReadOnlyList<string> Inputs { get; }

    AdvisoryResult Evaluate(in AdvisoryContext context);
}
