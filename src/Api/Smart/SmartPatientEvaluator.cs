namespace CdsService.Api.Smart;

using System.Text.Json;
using CdsService.Api.Auth;
using CdsService.Api.CdsHooks;
using CdsService.Api.CdsHooks.Evaluation;
using CdsService.Api.CdsHooks.Prefetch;
using CdsService.Api.CdsHooks.Requests;
using CdsService.Api.Persistence.Audit;
using CdsService.Api.Recommendations;
using Microsoft.Extensions.Options;

/// <summary>
/// Reads the launched patient with the launch's token through the same path as a CDS Hooks call that gives
/// fhirServer (the patient-view queries, the lenient FHIR mapping, the rules engine), then stores the evaluation on the
/// smart channel with the EHR as its caller (docs/smart.md, "The flow").
/// </summary>
public sealed class SmartPatientEvaluator(
    PrefetchResolver resolver, ICdsHooksEvaluator evaluator, IEvaluationAudit audit, EvaluationDocuments documents,
    IOptions<SmartOptions> options, TimeProvider time)
{
    public async Task<Guid> EvaluateAsync(SmartClientOptions client, SmartToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(token);
        var server = new Uri(client.Issuer);
        var request = new CdsHookRequest(Hooks.PatientView, Guid.NewGuid().ToString(), server,
            new FhirAuthorization(token.AccessToken, token.Scope, client.ClientId, token.ExpiresIn, token.Patient),
            token.Patient, UserId: "", EncounterId: null, Selections: [], DraftOrders: null, Prefetch: new Dictionary<string, JsonElement>());
        var data = await ReadAsync(request, new FhirAccess(server, token.AccessToken), cancellationToken);

        HookEvaluation evaluation;
        try
        {
            evaluation = await evaluator.EvaluateAsync(CdsServiceCatalog.PatientViewId, request, data.Resources, cancellationToken);
        }
        catch (CdsHooksInputException ex)
        {
            throw new SmartFailureException(StatusCodes.Status422UnprocessableEntity, "The patient's data could not be used",
                "The EHR's FHIR data for this patient could not be read as HER2 results: " + string.Join("; ", ex.Errors)
                + ". Check the results in the EHR, or enter them in the form at /app.");
        }

        var note = new SmartLaunchNote(client.Issuer, token.Patient, SmartLaunchNote.References(data.Resources), evaluation.NotUsed ?? [], data.Missing);
        var caller = Caller.ForSmartClient(client.Issuer, client.ClientId);
        var result = evaluation.Result;
        await audit.SaveAsync(
            (EvaluationAuditEntry.Of(result, EvaluationChannels.Smart, evaluation.EvaluationId, evaluation.EvaluatedAt, token.Patient,
                evaluation.PanelJson, JsonSerializer.Serialize(note, SmartJson.Options), time.GetElapsedTime(evaluation.StartedTimestamp)) with
            {
                EvaluationJson = documents.Json(result, evaluation.EvaluationId, evaluation.EvaluatedAt),
            }).By(caller),
            cancellationToken);
        return evaluation.EvaluationId;
    }

    private async Task<FetchResult> ReadAsync(CdsHookRequest request, FhirAccess access, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Value.FhirDeadline);
        FetchResult data;
        try
        {
            data = await resolver.ResolveAsync(request, CdsServiceCatalog.PatientView.Prefetch, access, deadline.Token);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is OperationCanceledException or HttpRequestException or JsonException)
        {
            throw FhirFailure(ex is OperationCanceledException ? "it did not answer in time" : "it could not be read");
        }

        return data.Succeeded ? data : throw FhirFailure(data.Failure!);
    }

    private static SmartFailureException FhirFailure(string why) => new(StatusCodes.Status502BadGateway, "The patient's chart could not be read",
        $"The EHR's FHIR server could not be read ({why}). Nothing was evaluated. Launch the app again; if it keeps failing, tell the EHR's administrators.");
}
