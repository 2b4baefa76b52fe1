namespace CdsService.Api.Persistence.Access;

/// <summary>
/// The access log: every read of stored patient data is recorded before the data is sent. A read whose record cannot
/// be committed is not answered: <see cref="DatabaseUnavailableException"/> (503), as for the evaluation audit.
/// </summary>
public interface IAccessLog
{
    Task RecordAsync(AccessEntry entry, CancellationToken cancellationToken);
}
