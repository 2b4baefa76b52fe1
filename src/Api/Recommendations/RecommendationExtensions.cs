namespace CdsService.Api.Recommendations;

using Microsoft.Extensions.DependencyInjection.Extensions;

public static class RecommendationExtensions
{
    public static IHostApplicationBuilder AddRecommendations(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(TimeProvider.System);

        // Scoped, not singleton: the audit step that joins this path writes through a per-request DbContext.
        builder.Services.AddScoped<RecommendationService>();
        builder.Services.AddSingleton<EvaluationDocuments>();
        return builder;
    }
}
