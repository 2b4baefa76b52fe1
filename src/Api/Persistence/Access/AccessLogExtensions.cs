namespace CdsService.Api.Persistence.Access;

using CdsService.Api.Auth;

public static class AccessLogExtensions
{
    /// <summary>Records a read by the request's caller, from the request's remote address.</summary>
    public static Task RecordAsync(
        this IAccessLog log, HttpContext http, string what, string? id, string? patientId = null, int? rows = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(http);
        var caller = http.RequireCaller();
        return log.RecordAsync(
            new AccessEntry(caller.Id, what, id, http.Connection.RemoteIpAddress?.ToString()) { Client = caller.Client, PatientId = patientId, Rows = rows },
            http.RequestAborted);
    }
}
