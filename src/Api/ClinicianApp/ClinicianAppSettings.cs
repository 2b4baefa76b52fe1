namespace CdsService.Api.ClinicianApp;

using System.Text.Json;

/// <summary>
/// What the clinician page needs before it can draw its form (GET /app/settings): whether it must ask for an API key,
/// the accepted terms of every enumerated request field keyed by the JSON path the API names in its field errors, and
/// the worked examples of the Swagger page. Read from the same vocabularies the validators use, so the form never drifts
/// from the API (docs/app.md).
/// </summary>
public sealed record ClinicianAppSettings(
    bool ApiKeyRequired,
    string ApiKeyHeader,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Vocabularies,
    IReadOnlyList<ClinicianAppExample> Examples)
{
    /// <summary>
    /// How clinician text names the answer's machine ids (findings, markers, mechanisms): the page shows these words,
    /// as the reports do, and keeps the ids only as attributes (docs/clinical-rules.md, "Wording rules").
    /// </summary>
    public ClinicianAppLabels Labels { get; init; } = ClinicianAppLabels.Default;
}

/// <summary>The clinician names of findings, markers and mechanisms, by id.</summary>
public sealed record ClinicianAppLabels(
    IReadOnlyDictionary<string, string> Findings,
    IReadOnlyDictionary<string, string> Markers,
    IReadOnlyDictionary<string, string> Mechanisms)
{
    public static ClinicianAppLabels Default { get; } =
        new(CdsService.Rules.Vocabulary.ClinicalLabels.FindingNames, CdsService.Rules.Vocabulary.ClinicalLabels.MarkerNames, CdsService.Rules.Vocabulary.ClinicalLabels.MechanismNames);
}

/// <summary>One Swagger example: its name, its one-line summary and the request body.</summary>
public sealed record ClinicianAppExample(string Name, string Summary, JsonElement Request);
