namespace CdsService.Api.Persistence.Audit;

/// <summary>The channel vocabulary stored in evaluations.channel (docs/persistence.md).</summary>
public static class EvaluationChannels
{
    public const string Rest = "rest";
    public const string Fhir = "fhir";
    public const string CdsHooks = "cds-hooks";
    public const string Batch = "batch";
    public const string Smart = "smart";

    public static IReadOnlyList<string> All { get; } = [Rest, Fhir, CdsHooks, Batch, Smart];
}
