namespace CdsService.Api.Tests.Fhir;

using CdsService.Fhir;
using Hl7.Fhir.Model;

/// <summary>
/// The clinical answer of a /fhir/$evaluate Bundle: the HER2 status, the finding ids and the ranked option ids in
/// order, and the OperationOutcome issues. Read leniently, since an answer may copy an input that has nits.
/// </summary>
public sealed record FhirAnswer(string Her2Status, IReadOnlyList<string> Findings, IReadOnlyList<string> Options, IReadOnlyList<OperationOutcome.IssueComponent> Issues)
{
    public static FhirAnswer Of(string bundleJson)
    {
        var resources = FhirJson.ParseLenient(bundleJson).Root is Bundle b ? b.Entry.Select(e => e.Resource).OfType<Resource>().ToList() : [];
        var status = resources.OfType<Observation>().Where(o => o.Code.Coding.Any(c => c.Code == "48676-1") && o.Method?.Text is not null)
            .SelectMany(o => (o.Value as CodeableConcept)?.Coding ?? []).FirstOrDefault(c => c.System == "urn:cdsservice:her2-status")?.Code ?? "unknown";
        var findings = resources.OfType<Observation>().Where(o => o.Code.Coding.FirstOrDefault()?.Code == "therapeutic-implication")
            .Select(o => o.Code.Coding.FirstOrDefault(c => c.System == "urn:cdsservice:finding")?.Code ?? "").ToList();
        var options = resources.OfType<RequestGroup>().SelectMany(g => g.Action).Where(a => a.Prefix is not null).Select(a => a.ElementId ?? "").ToList();
        return new FhirAnswer(status, findings, options, [.. resources.OfType<OperationOutcome>().SelectMany(o => o.Issue)]);
    }

    /// <summary>Status, findings and option order: what a nit must never change.</summary>
    public string Clinical => $"{Her2Status} | {string.Join(",", Findings)} | {string.Join(",", Options)}";

    public static string Text(OperationOutcome.IssueComponent issue) =>
        string.Join(" | ", new[] { issue.Diagnostics, issue.Details?.Text }.Concat(issue.Expression).Concat(issue.Location).OfType<string>());
}
