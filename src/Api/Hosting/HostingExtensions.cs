namespace CdsService.Api.Hosting;

using Microsoft.Extensions.Options;

public static class HostingExtensions
{
    /// <summary>The AllowInsecure guard and the start-up summary line (docs/operations.md).</summary>
    public static IHostApplicationBuilder AddCdsHosting(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<InsecureModeOptions>().Bind(builder.Configuration).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<InsecureModeOptions>, InsecureModeValidator>();
        builder.Services.AddHostedService<StartupSummary>();
        return builder;
    }
}
