namespace CdsService.Api.Persistence.Retention;

using Microsoft.Extensions.Options;

/// <summary>Stops the start on a retention setting that would delete the wrong rows, or none while claiming to.</summary>
internal sealed class RetentionOptionsValidator : IValidateOptions<RetentionOptions>
{
    private const int MaxDays = 36_500;

    public ValidateOptionsResult Validate(string? name, RetentionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        foreach (var (key, days) in new[] { ("EvaluationDays", options.EvaluationDays), ("BatchDays", options.BatchDays), ("AccessLogDays", options.AccessLogDays) })
        {
            if (days is < 0 or > MaxDays)
                errors.Add($"Retention:{key} must be 0 (keep for ever) to {MaxDays} days.");
        }
        if (options.Interval < TimeSpan.FromMinutes(1) || options.Interval > TimeSpan.FromDays(7))
            errors.Add("Retention:Interval must be from 00:01:00 to 7.00:00:00.");
        if (options.ChunkSize is < 1 or > 10_000)
            errors.Add("Retention:ChunkSize must be 1-10000.");
        if (options.Enabled && options.KeepsEverything)
            errors.Add("Retention:Enabled is true but no period is set: set Retention:EvaluationDays, BatchDays or AccessLogDays (days), or turn it off.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
