namespace CdsService.Api.Persistence.Retention;

/// <summary>Configuration section "Retention" (docs/persistence.md, "Retention"). Off by default: nothing is ever deleted.</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Retention";

    /// <summary>Runs the purge job in this replica every <see cref="Interval"/>.</summary>
    public bool Enabled { get; set; }

    /// <summary>Days an evaluation (with its report) is kept, and a CDS Hooks feedback row; 0 keeps them for ever.</summary>
    public int EvaluationDays { get; set; }

    /// <summary>Days a batch, its rows, their evaluations and its report are kept after it finished; 0 keeps them for ever.</summary>
    public int BatchDays { get; set; }

    /// <summary>Days an access-log row is kept; 0 keeps them for ever. Usually longer than the data it records.</summary>
    public int AccessLogDays { get; set; }

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Rows deleted per statement: small, so a purge never holds the SQLite writer for long.</summary>
    public int ChunkSize { get; set; } = 500;

    public bool KeepsEverything => EvaluationDays == 0 && BatchDays == 0 && AccessLogDays == 0;
}
