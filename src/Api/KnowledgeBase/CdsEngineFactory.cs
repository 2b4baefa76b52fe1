namespace CdsService.Api.KnowledgeBase;

using CdsService.Api.Logging;
using CdsService.Rules.Engine;
using CdsService.Rules.KnowledgeBase;
using Microsoft.Extensions.Options;

/// <summary>Builds the one engine from the embedded or configured knowledge base, logging every problem of an invalid one.</summary>
internal static class CdsEngineFactory
{
    public static CdsEngine Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<KnowledgeBaseOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CdsEngineFactory).FullName!);
        var origin = options.Path is { Length: > 0 } path ? path : "the embedded resource";
        try
        {
            var engine = options.Path is { Length: > 0 } file
                ? new CdsEngine(KnowledgeBaseLoader.Load(File.ReadAllBytes(file), CdsEngine.Requirements))
                : CdsEngine.CreateDefault();
            var kb = engine.KnowledgeBase;
            logger.KnowledgeBaseLoaded(kb.Version, kb.Hash, origin, kb.Agents.Count, kb.Findings.Count);
            return engine;
        }
        catch (KnowledgeBaseException ex)
        {
            foreach (var problem in ex.Problems.DefaultIfEmpty(ex.Message))
            {
                logger.KnowledgeBaseProblem(origin, problem);
            }

            throw;
        }
    }
}
