namespace CdsService.Api.Persistence.Retention;

using Microsoft.Extensions.Options;

public static class RetentionExtensions
{
    public static IServiceCollection AddRetention(this IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidator>();
        services.AddScoped<RetentionPurge>();
        services.AddHostedService<RetentionPurgeService>();
        return services;
    }
}
