namespace CdsService.Api.Batches.Input;

/// <summary>
/// The CSV columns of docs/batches.md ("CSV columns") and the REST field each one fills. The same table turns a
/// validator's field path back into the column a spreadsheet user can find.
/// </summary>
public static class BatchColumns
{
    public const string PatientId = "patient_id";
    public const string Her2Ihc = "her2_ihc";
    public const string Her2IhcMembraneStaining = "her2_ihc_membrane_staining";
    public const string Her2IshAssay = "her2_ish_assay";
    public const string Her2Cep17Ratio = "her2_cep17_ratio";
    public const string Her2CopiesPerCell = "her2_copies_per_cell";
    public const string Her2RecountGroup = "her2_recount_group";
    public const string Her2ReportedStatus = "her2_reported_status";
    public const string Pten = "pten";
    public const string Pik3caStatus = "pik3ca_status";
    public const string Pik3caVariants = "pik3ca_variants";
    public const string Pik3caClassification = "pik3ca_classification";
    public const string CyclinE = "cyclin_e";
    public const string Fcgr3a158 = "fcgr3a_158";
    public const string Fcgr2a131 = "fcgr2a_131";
    public const string SerumHer2EcdNgMl = "serum_her2_ecd_ng_ml";
    public const string P95Her2 = "p95her2";
    public const string Egfr = "egfr";
    public const string Erbb3 = "erbb3";
    public const string Igf1r = "igf1r";
    public const string Muc4 = "muc4";
    public const string Cd44 = "cd44";
    public const string Src = "src";
    public const string P27 = "p27";
    public const string TrastuzumabHistory = "trastuzumab_history";

    /// <summary>Column to the JSON path of the REST field, in the order of docs/batches.md.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Fields { get; } =
    [
        new(PatientId, "patientId"),
        new(Her2Ihc, "her2.ihc"),
        new(Her2IhcMembraneStaining, "her2.ihcMembraneStaining"),
        new(Her2IshAssay, "her2.ish.assay"),
        new(Her2Cep17Ratio, "her2.ish.her2Cep17Ratio"),
        new(Her2CopiesPerCell, "her2.ish.meanHer2CopiesPerCell"),
        new(Her2RecountGroup, "her2.ish.recountGroup"),
        new(Her2ReportedStatus, "her2.reportedStatus"),
        new(Pten, "pten"),
        new(Pik3caStatus, "pik3ca.status"),
        new(Pik3caVariants, "pik3ca.variants"),
        new(Pik3caClassification, "pik3ca.classification"),
        new(CyclinE, "cyclinE"),
        new(Fcgr3a158, "fcgr3a158"),
        new(Fcgr2a131, "fcgr2a131"),
        new(SerumHer2EcdNgMl, "serumHer2Ecd.value"),
        new(P95Her2, "p95Her2"),
        new(Egfr, "egfr"),
        new(Erbb3, "erbb3"),
        new(Igf1r, "igf1r"),
        new(Muc4, "muc4"),
        new(Cd44, "cd44"),
        new(Src, "src"),
        new(P27, "p27"),
        new(TrastuzumabHistory, "trastuzumabHistory"),
    ];

    private static readonly HashSet<string> Known = new(Fields.Select(f => f.Key), StringComparer.OrdinalIgnoreCase);

    // Objects and members with no column of their own point at the column that creates them: an "ish" error is
    // fixed in her2_ish_assay, a serum unit error cannot be fixed in the CSV at all but belongs to the value column.
    private static readonly Dictionary<string, string> ByField = new(
        Fields.Select(f => new KeyValuePair<string, string>(f.Value, f.Key))
            .Concat(
            [
                new("her2", Her2Ihc),
                new("her2.ish", Her2IshAssay),
                new("pik3ca", Pik3caStatus),
                new("serumHer2Ecd", SerumHer2EcdNgMl),
                new("serumHer2Ecd.unit", SerumHer2EcdNgMl),
            ]),
        StringComparer.Ordinal);

    public static bool IsKnown(string column) => Known.Contains(column);

    /// <summary>The column for a JSON field path ("pik3ca.variants[2]" is pik3ca_variants); null for the whole row.</summary>
    public static string? ColumnOf(string fieldPath)
    {
        ArgumentNullException.ThrowIfNull(fieldPath);
        var bracket = fieldPath.IndexOf('[', StringComparison.Ordinal);
        var path = bracket < 0 ? fieldPath : fieldPath[..bracket];
        return ByField.TryGetValue(path, out var column) ? column : null;
    }
}
