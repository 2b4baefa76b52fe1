namespace CdsService.Fhir.Inbound;

/// <summary>
/// Serum HER2 ECD concentrations to ng/mL, the unit of LOINC 42914-2 and of the 15 ng/mL assay cut-off
/// (docs/fhir.md, "Codes read"). Mass concentrations convert exactly; activity units (U/mL, IU/mL) depend on the assay's
/// calibration, so they are refused rather than guessed.
/// </summary>
internal static class EcdUnits
{
    public const string Expected = "ng/mL";

    private static readonly Dictionary<string, double> ToNgPerMl = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ng/mL"] = 1, ["ug/L"] = 1, ["ng/cm3"] = 1,
        ["pg/mL"] = 0.001, ["ng/L"] = 0.001, ["pg/L"] = 0.000001,
        ["ng/dL"] = 0.01, ["ug/dL"] = 10, ["ug/mL"] = 1000, ["mg/L"] = 1000, ["mg/dL"] = 10000,
    };

    private static readonly HashSet<string> ActivityUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "U/mL", "U/L", "kU/L", "IU/mL", "[iU]/mL", "[IU]/mL", "IU/L", "[iU]/L", "[IU]/L", "mU/mL", "kU/mL",
    };

    /// <summary>Null with the value in ng/mL, or the message that explains why the unit is refused.</summary>
    public static string? TryConvert(double value, string? unit, out double ngPerMl)
    {
        ngPerMl = 0;
        if (string.IsNullOrWhiteSpace(unit)) return $"serum HER2 ECD has no unit; {Expected} is expected (LOINC 42914-2)";
        var u = Normalise(unit);
        if (ToNgPerMl.TryGetValue(u, out var factor))
        {
            ngPerMl = value * factor;
            return null;
        }

        return ActivityUnits.Contains(u)
            ? $"serum HER2 ECD in '{unit}' is an activity unit: it cannot be converted to {Expected} without the assay's calibration; send the value in {Expected}"
            : $"serum HER2 ECD unit '{unit}' is not a mass concentration this service converts to {Expected}; send the value in {Expected}";
    }

    private static string Normalise(string unit) =>
        unit.Trim().Replace('µ', 'u').Replace('μ', 'u').Replace("mcg", "ug", StringComparison.OrdinalIgnoreCase).Replace(" ", string.Empty, StringComparison.Ordinal);
}
