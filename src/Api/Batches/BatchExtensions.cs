namespace CdsService.Api.Batches;

using CdsService.Api.Batches.Input;
using CdsService.Api.Batches.Processing;

public static class BatchExtensions
{
    /// <summary>Batch intake, the report renderers and (unless Batches:WorkerEnabled is false) the background worker.</summary>
    public static IHostApplicationBuilder AddBatches(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<BatchOptions>().BindConfiguration(BatchOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<BatchRowValidator>();
        services.AddSingleton<BatchEvaluator>();
        services.AddSingleton<BatchSignal>();
        services.AddSingleton<BatchProcessor>();
        services.AddScoped<BatchIntake>();
        if (builder.Configuration.GetValue($"{BatchOptions.SectionName}:{nameof(BatchOptions.WorkerEnabled)}", true))
            services.AddHostedService<BatchWorker>();
        return builder;
    }
}
