namespace CdsService.Api.CdsHooks.Prefetch;

using CdsService.Api.CdsHooks.Requests;

/// <summary>
/// Fills the prefetch tokens the templates use (CDS Hooks 2.0 §Prefetch tokens). Values are URL-escaped: a context
/// id is client data and must not change the query's path or parameters.
/// </summary>
public static class PrefetchTemplateRenderer
{
    public static string Render(string template, CdsHookRequest request)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(request);
        return template
            .Replace("{{context.patientId}}", Uri.EscapeDataString(request.PatientId), StringComparison.Ordinal)
            .Replace("{{context.userId}}", Uri.EscapeDataString(request.UserId), StringComparison.Ordinal)
            .Replace("{{context.encounterId}}", Uri.EscapeDataString(request.EncounterId ?? ""), StringComparison.Ordinal);
    }
}
