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
    IReadOnlyList<ClinicianAppExample> Examples);

/// <summary>One Swagger example: its name, its one-line summary and the request body.</summary>
public sealed record ClinicianAppExample(string Name, string Summary, JsonElement Request);
