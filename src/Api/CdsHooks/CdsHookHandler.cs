namespace CdsService.Api.CdsHooks;

using System.Text.Json;
using CdsService.Api.Auth;
using CdsService.Api.CdsHooks.Cards;
using CdsService.Api.CdsHooks.Contracts;
using CdsService.Api.CdsHooks.Evaluation;
using CdsService.Api.CdsHooks.Orders;
using CdsService.Api.CdsHooks.Prefetch;
using CdsService.Api.CdsHooks.Requests;
using CdsService.Api.Security;
using CdsService.Api.Smart;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

/// <summary>One hook call: find the orders that matter, get the data (prefetch or FHIR), evaluate, build the cards.</summary>
public sealed class CdsHookHandler(
    PrefetchResolver resolver, TrastuzumabOrderFinder orders, ICdsHooksEvaluator evaluator, CdsHooksAuditWriter audit,
    IOptions<CdsHooksOptions> options, IOptions<SmartOptions> smart, ILogger<CdsHookHandler> logger)
{
    public async Task<IResult> HandleAsync(
        CdsServiceDescriptor service, CdsHookRequest request, CdsClientIdentity? identity, Func<Guid, Uri> reportLink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(request);
        var access = FhirAccess.For(request, identity, options.Value);

        // docs/cds-hooks.md R5: hookInstance is the call's correlation id in every log line it causes.
        using var scope = HookScope(logger, request.HookInstance, service.Id);

        // docs/cds-hooks.md F3: outbound FHIR calls share one deadline; a slow
        // server becomes a 412, never a hung hook.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Value.FhirDeadline);
        IReadOnlyList<DraftOrder> trastuzumabOrders = [];
        FetchResult data;
        try
        {
            if (request.Hook != Hooks.PatientView)
            {
                var (found, failure) = await orders.FindAsync(request, access, deadline.Token);
                if (failure is not null)
                {
                    return OperationOutcomes.PreconditionFailed(failure);
                }

                if (found.Count == 0)
                {
                    return Cards(CardsResponse.Empty);
                }

                trastuzumabOrders = found;
            }

            data = await resolver.ResolveAsync(request, service.Prefetch, access, deadline.Token);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested
            && ex is OperationCanceledException or HttpRequestException or JsonException)
        {
            return OperationOutcomes.PreconditionFailed(ex is OperationCanceledException
                ? "The FHIR server did not answer within the deadline."
                : "The FHIR server could not be read.");
        }

        if (!data.Succeeded)
        {
            return OperationOutcomes.PreconditionFailed(data.Failure!);
        }

        HookEvaluation evaluation;
        try
        {
            evaluation = await evaluator.EvaluateAsync(service.Id, request, data.Resources, cancellationToken);
        }
        catch (CdsHooksInputException ex)
        {
            return OperationOutcomes.BadRequest(ex.Errors);
        }

        // A signed link: the clinician's browser has no API key (docs/operations.md, "Report links").
        var context = new CardContext(evaluation, reportLink(evaluation.EvaluationId), request.PatientId, smart.Value.LaunchUrl);
        var cards = request.Hook == Hooks.PatientView ? PatientViewCards.Build(context) : OrderCards.Build(context, trastuzumabOrders);

        // HER2 data is required, the markers are not (docs/cds-hooks.md, "Missing markers"): the cards say what was missing.
        if (data.Missing.Count > 0)
        {
            var note = "\n\n**Not available:** " + string.Join("; ", data.Missing) + ". The advice above is built without these markers.";
            cards = cards.Select(c => c with { Detail = c.Detail + note }).ToList();
        }
        var body = JsonSerializer.Serialize(new CardsResponse(cards), CdsHooksJson.Options);
        await audit.SaveAsync(request, evaluation, body, identity?.Caller ?? Caller.Anonymous, cancellationToken);
        return TypedResults.Content(body, "application/json");
    }

    private static readonly Func<ILogger, string, string, IDisposable?> HookScope =
        LoggerMessage.DefineScope<string, string>("hookInstance {HookInstance} service {ServiceId}");

    private static JsonHttpResult<CardsResponse> Cards(CardsResponse response) => TypedResults.Json(response, CdsHooksJson.Options, "application/json");
}
