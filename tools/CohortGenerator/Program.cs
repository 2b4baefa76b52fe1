using System.Globalization;
using CdsService.CohortGenerator;

// Writes a synthetic tumor-board cohort in the batch CSV format (docs/batches.md) for load tests:
//   dotnet run --project tools/CohortGenerator -- [rows=10000] [output=cohort-<rows>.csv] [seed=2026]
// The same seed always gives the same file, so a measurement can be repeated on identical input.
var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var output = args.Length > 1 ? args[1] : $"cohort-{rows}.csv";
var seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2026;
if (rows < 1)
{
    Console.Error.WriteLine("rows must be at least 1");
    return 2;
}

using (var writer = new StreamWriter(output, append: false, new System.Text.UTF8Encoding(false)))
{
    CohortWriter.Write(writer, rows, new Random(seed));
}

Console.WriteLine($"Wrote {rows} patients to {Path.GetFullPath(output)} (seed {seed}).");
return 0;
