namespace CdsService.Api.Batches.Input;

/// <summary>A readable batch file: its rows in file order and file-level warnings (e.g. ignored columns).</summary>
public sealed record ParsedBatch(string Format, IReadOnlyList<ParsedRow> Rows, IReadOnlyList<string> Warnings);
