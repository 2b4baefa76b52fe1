namespace CdsService.Api.KnowledgeBase;

using CdsService.Rules.Engine;

public static class KnowledgeBaseExtensions
{
    /// <summary>The engine as a singleton, built and validated at start-up; the service refuses to start on an invalid knowledge base.</summary>
    public static IHostApplicationBuilder AddCdsEngine(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<KnowledgeBaseOptions>()
            .BindConfiguration(KnowledgeBaseOptions.SectionName)
            .Validate(o => string.IsNullOrEmpty(o.Path) || File.Exists(o.Path), $"{KnowledgeBaseOptions.SectionName}:Path names a file that does not exist.")
            .ValidateOnStart();
        builder.Services.AddSingleton(CdsEngineFactory.Create);
        builder.Services.AddSingleton(sp => KnowledgeBaseResponseMapper.ToResponse(sp.GetRequiredService<CdsEngine>().KnowledgeBase));
        builder.Services.AddHostedService<KnowledgeBaseStartupCheck>();
        return builder;
    }
}
