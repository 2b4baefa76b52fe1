namespace CdsService.Fhir.Tests;

using CdsService.Fhir.Inbound;

/// <summary>Reads the FHIR fixtures of TestData/ (copied to the output directory).</summary>
public static class Fixtures
{
    public const string GenomicsReportingExample = "genomics-reporting-oncology-report-example.json";
    public const string McodeHer2ErPr = "mcode-her2-er-pr.json";
    public const string Her2FishPanel = "her2-fish-panel.json";
    public const string PtenIhcParameters = "pten-ihc-parameters.json";
    public const string FcgrGenotype = "fcgr-genotype.json";
    public const string SerumEcdUnits = "serum-ecd-units.json";
    public const string SerumEcdActivityUnit = "serum-ecd-activity-unit.json";
    public const string TwoPatients = "two-patients.json";
    public const string Her2PositiveResistance = "her2-positive-resistance.json";

    public static IReadOnlyList<string> All { get; } =
        [GenomicsReportingExample, McodeHer2ErPr, Her2FishPanel, PtenIhcParameters, FcgrGenotype, SerumEcdUnits, SerumEcdActivityUnit, TwoPatients, Her2PositiveResistance];

    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    public static MappingResult Map(string name) => PatientPanelMapper.Map(Read(name));
}
