namespace CdsService.Api.CdsHooks;

using System.Text.Json;
using CdsService.Api.CdsHooks.Contracts;
using CdsService.Api.CdsHooks.Requests;

/// <summary>
/// The front of every hook call, shared by the service endpoint and the parse-only benchmark so that both measure
/// and run the same path: the service id (404), the body (413, 415, 400) and the CDS Hooks request (400), each
/// refusal an OperationOutcome (docs/cds-hooks.md E2).
/// </summary>
public static class HookCallReader
{
    public static async Task<(HookCall? Call, IResult? Error)> ReadAsync(string id, HttpRequest http, Func<string, bool> isEnabled)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(isEnabled);
        if (CdsServiceCatalog.Find(id) is not { } service || !isEnabled(id))
        {
            return (null, OperationOutcomes.NotFound($"No CDS service '{id}'."));
        }

        var (document, error) = await CdsHooksBody.ReadAsync(http);
        if (document is null)
        {
            return (null, error!);
        }

        var (request, errors) = CdsHookRequestParser.Parse(document.RootElement, service.Hook);
        if (request is null)
        {
            document.Dispose();
            return (null, OperationOutcomes.BadRequest(errors));
        }

        return (new HookCall(service, request, document), null);
    }
}

/// <summary>A read hook call; the request reads from <see cref="Document"/>, so dispose the call when done with it.</summary>
public sealed record HookCall(CdsServiceDescriptor Service, CdsHookRequest Request, JsonDocument Document) : IDisposable
{
    public void Dispose() => Document.Dispose();
}
