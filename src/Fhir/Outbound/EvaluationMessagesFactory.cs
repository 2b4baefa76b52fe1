namespace CdsService.Fhir.Outbound;

using CdsService.Fhir.Inbound;
using CdsService.Fhir.Terminology;
using CdsService.Rules.Engine;
using Hl7.Fhir.Model;

/// <summary>
/// The GuidanceResponse's evaluationMessage: one OperationOutcome with the engine's warnings and notes and what the
/// mapping did with every Observation (each warning and note with its dated notes as extensions) (used, ignored, not understood), so the answer says which inputs were used.
/// </summary>
internal static class EvaluationMessagesFactory
{
    public static OperationOutcome Create(Evaluation evaluation, MappingResult mapping)
    {
        var outcome = new OperationOutcome();
        foreach (var w in evaluation.Warnings) outcome.Issue.Add(WithNotes(Issue(OperationOutcome.IssueSeverity.Warning, LocalCodeSystems.Warning, w.Code, w.Text), w.Currency));
        foreach (var w in mapping.Warnings) outcome.Issue.Add(Issue(OperationOutcome.IssueSeverity.Warning, LocalCodeSystems.Mapping, "mapping-warning", w.Message, w.Reference, w.Field));
        foreach (var n in evaluation.Notes) outcome.Issue.Add(WithNotes(Issue(OperationOutcome.IssueSeverity.Information, LocalCodeSystems.Note, n.Code, n.Text), n.Currency));
        foreach (var u in mapping.Used)
        {
            outcome.Issue.Add(Issue(OperationOutcome.IssueSeverity.Information, LocalCodeSystems.Mapping, "used", $"{u.Field} = {u.Value}", u.Reference, u.Field));
        }

        foreach (var i in mapping.Ignored) outcome.Issue.Add(Issue(OperationOutcome.IssueSeverity.Information, LocalCodeSystems.Mapping, "ignored", i.Reason, i.Reference));
        foreach (var i in mapping.NotUnderstood) outcome.Issue.Add(Issue(OperationOutcome.IssueSeverity.Information, LocalCodeSystems.Mapping, "not-understood", i.Reason, i.Reference));
        if (outcome.Issue.Count == 0)
        {
            outcome.Issue.Add(Issue(OperationOutcome.IssueSeverity.Information, LocalCodeSystems.Mapping, "no-input", "The input held no Observation."));
        }

        return outcome;
    }

    // The dated notes shown with a warning or note travel with its issue, as on every channel (docs/clinical-rules.md, "Dated notes").
    private static OperationOutcome.IssueComponent WithNotes(OperationOutcome.IssueComponent issue, IReadOnlyList<CurrencyNote> notes)
    {
        issue.Extension.AddRange(notes.Select(DatedKnowledgeExtensions.DatedNote));
        return issue;
    }

    private static OperationOutcome.IssueComponent Issue(
        OperationOutcome.IssueSeverity severity, string system, string code, string text, string? reference = null, string? field = null)
    {
        var issue = new OperationOutcome.IssueComponent
        {
            Severity = severity,
            Code = OperationOutcome.IssueType.Informational,
            Details = Codes.Local(system, code, code),
            Diagnostics = reference is null ? text : $"{reference}: {text}",
        };
        issue.Details.Text = text;
        IssueLocation.Apply(issue, field);
        return issue;
    }
}
