namespace CdsService.Api.KnowledgeBase;

using CdsService.Api.KnowledgeBase.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

public static class KnowledgeBaseEndpoints
{
    public static IEndpointRouteBuilder MapKnowledgeBase(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/knowledge-base", GetKnowledgeBase)
            .WithTags("Knowledge base")
            .WithName("GetKnowledgeBase")
            .WithSummary("The knowledge base: the review, its references, mechanisms, findings, the 22 Table 1 agents, levels and currency notes")
            .WithDescription("Everything the service can say and why. Currency notes (events after the 2011 review) are a separate list: they never change a level or a rank.")
            .Produces<KnowledgeBaseResponse>(StatusCodes.Status200OK, "application/json");
        return endpoints;
    }

    private static Ok<KnowledgeBaseResponse> GetKnowledgeBase([FromServices] KnowledgeBaseResponse knowledgeBase) => TypedResults.Ok(knowledgeBase);
}
