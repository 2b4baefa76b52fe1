namespace CdsService.Api.Batches.Input;

using System.Globalization;
using CdsService.Api.Recommendations.Contracts;
using CdsService.Rules.Vocabulary;
using static CdsService.Api.Batches.Input.BatchColumns;

/// <summary>
/// One CSV record to the REST request contract. Only what a cell cannot say by itself is checked here (a number that
/// is not a number, a field count that does not match the header); everything else is left to the REST validator so
/// that a CSV row and a JSON panel are judged by exactly the same rules.
/// </summary>
internal static class CsvRowMapper
{
    public static ParsedRow Map(int row, string[] columns, string[] record)
    {
        if (record.Length != columns.Length)
        {
            // A short or long row has shifted cells: reading it would put values under the wrong marker.
            return Failed(row, null, $"The row has {record.Length} fields but the header has {columns.Length}.");
        }

        var cells = new Cells(row, columns, record);
        var ish = AnyOf(cells, Her2IshAssay, Her2Cep17Ratio, Her2CopiesPerCell, Her2RecountGroup)
            ? new IshInput
            {
                Assay = cells.Text(Her2IshAssay),
                Her2Cep17Ratio = cells.Number(Her2Cep17Ratio),
                MeanHer2CopiesPerCell = cells.Number(Her2CopiesPerCell),
                RecountGroup = cells.Integer(Her2RecountGroup),
            }
            : null;
        var her2 = ish is not null || AnyOf(cells, Her2Ihc, Her2IhcMembraneStaining, Her2ReportedStatus)
            ? new Her2Input
            {
                Ihc = cells.Text(Her2Ihc),
                IhcMembraneStaining = cells.Boolean(Her2IhcMembraneStaining),
                Ish = ish,
                ReportedStatus = cells.Text(Her2ReportedStatus),
            }
            : null;
        var variants = cells.Text(Pik3caVariants)?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var serum = cells.Number(SerumHer2EcdNgMl);

        var request = new RecommendationRequest
        {
            PatientId = cells.Text(PatientId),
            Her2 = her2,
            Pten = cells.Text(Pten),
            Pik3ca = AnyOf(cells, Pik3caStatus, Pik3caVariants, Pik3caClassification)
                ? new Pik3caInput { Status = cells.Text(Pik3caStatus), Variants = variants, Classification = cells.Text(Pik3caClassification) }
                : null,
            CyclinE = cells.Text(CyclinE),
            Fcgr3a158 = cells.Text(Fcgr3a158),
            Fcgr2a131 = cells.Text(Fcgr2a131),
            SerumHer2Ecd = serum is null ? null : new SerumHer2EcdInput { Value = serum, Unit = InputVocabularies.SerumHer2EcdUnit },
            P95Her2 = cells.Text(P95Her2),
            Egfr = cells.Text(Egfr),
            Erbb3 = cells.Text(Erbb3),
            Igf1r = cells.Text(Igf1r),
            Muc4 = cells.Text(Muc4),
            Cd44 = cells.Text(Cd44),
            Src = cells.Text(Src),
            P27 = cells.Text(P27),
            TrastuzumabHistory = cells.Text(TrastuzumabHistory),
        };
        return new ParsedRow(row, cells.Errors.Count == 0 ? request : null, cells.Errors) { PatientId = request.PatientId };
    }

    private static bool AnyOf(Cells cells, params string[] columns) => columns.Any(c => cells.Text(c) is not null);

    private static ParsedRow Failed(int row, string? column, string message) =>
        new(row, null, [new RowError(row, column, column is null ? null : FieldOf(column), message)]);

    private static string? FieldOf(string column) => Fields.FirstOrDefault(f => f.Key == column).Value;

    /// <summary>The cells of one record by column name; empty cells read as "not given".</summary>
    private sealed class Cells(int row, string[] columns, string[] record)
    {
        public List<RowError> Errors { get; } = [];

        public string? Text(string column)
        {
            var index = Array.IndexOf(columns, column);
            return index < 0 || string.IsNullOrWhiteSpace(record[index]) ? null : record[index].Trim();
        }

        public double? Number(string column)
        {
            var text = Text(column);
            if (text is null)
                return null;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                return value;
            Error(column, "Must be a number written with a decimal point, e.g. 2.3.");
            return null;
        }

        public int? Integer(string column)
        {
            var text = Text(column);
            if (text is null)
                return null;
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
                return value;
            Error(column, "Must be a whole number.");
            return null;
        }

        public bool? Boolean(string column)
        {
            var text = Text(column);
            if (text is null)
                return null;
            if (bool.TryParse(text, out var value))
                return value;
            Error(column, "Must be true or false.");
            return null;
        }

        private void Error(string column, string message) => Errors.Add(new RowError(row, column, FieldOf(column), message));
    }
}
