namespace CdsService.Api.Batches.Input;

using CsvHelper;

/// <summary>
/// Reads a tumor-board CSV (docs/batches.md) with CsvHelper: RFC 4180 quoting, comma separated,
/// header required, column order free, unknown columns ignored with a warning. Row numbers are CSV records as a
/// spreadsheet shows them: the header is row 1, the first patient row 2.
/// </summary>
public static class CsvBatchReader
{
    public const string Format = "csv";

    public static ParsedBatch Read(ReadOnlyMemory<byte> body, int maxRows)
    {
        TextCheck.EnsureUtf8Text(body, "CSV");
        var malformed = new HashSet<long>();
        var options = new CsvReaderOptions
        {
            // Fixed, not detected: pik3ca_variants holds ';'-separated lists that would fool the detection.
            Separator = ',',
            HasHeader = true,
            IncludeValuesInExceptions = false,
            // A stray quote spoils only its own record: report that row, evaluate the others.
            OnMalformedRecord = record => malformed.Add(record.RecordNumber),
        };
        using var reader = CsvReader.Create(body, options);

        var header = ReadHeader(reader);
        var rows = new List<ParsedRow>();
        while (Next(reader))
        {
            if (rows.Count == maxRows)
                throw new BatchInputException($"The file has more than {maxRows} patient rows; split it into several batches.", StatusCodes.Status413PayloadTooLarge);
            var row = checked((int)reader.RowNumber + 1);
            if (malformed.Contains(row))
            {
                rows.Add(new ParsedRow(row, null, [new RowError(row, null, null, "Malformed CSV quoting: a quote inside an unquoted field, text after a closing quote, or an unterminated quoted field.")]));
                continue;
            }
            var record = new string[reader.FieldCount];
            for (var i = 0; i < record.Length; i++)
                record[i] = reader.GetString(i) ?? "";
            rows.Add(CsvRowMapper.Map(row, header.Columns, record));
        }

        if (rows.Count == 0)
            throw new BatchInputException("The file has a header but no patient rows.");
        return new ParsedBatch(Format, rows, header.Warnings);
    }

    private static CsvHeader ReadHeader(CsvReader reader)
    {
        string[] names;
        try
        {
            names = [.. reader.Headers];
        }
        catch (CsvFormatException e)
        {
            throw new BatchInputException("The header row is not valid CSV (RFC 4180).", e);
        }
        if (names.Length == 0 || names.All(string.IsNullOrWhiteSpace))
            throw new BatchInputException("The file is empty: a CSV header row naming the columns listed in docs/batches.md is required.");
        var columns = names.Select(n => n.Trim().ToLowerInvariant()).ToArray();
        var known = columns.Where(BatchColumns.IsKnown).ToList();
        if (known.Count == 0)
            throw new BatchInputException("The first row names no known column (e.g. patient_id, her2_ihc, pten): the file is not a batch CSV with a header row.");
        var duplicate = known.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new BatchInputException($"The column '{duplicate.Key}' appears more than once in the header.");
        var warnings = columns.Where(c => !BatchColumns.IsKnown(c))
            .Select(c => $"Unknown column '{(c.Length <= 64 ? c : c[..64] + "...")}' ignored.")
            .ToList();
        return new CsvHeader(columns, warnings);
    }

    private static bool Next(CsvReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (CsvFormatException e)
        {
            throw new BatchInputException($"The file is not valid CSV (RFC 4180) near record {e.RecordNumber}.", e);
        }
    }

    private sealed record CsvHeader(string[] Columns, IReadOnlyList<string> Warnings);
}
