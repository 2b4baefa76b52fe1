namespace CdsService.Api.ReportLinks;

/// <summary>
/// What a signed report link grants: one report (<see cref="Kind"/> and <see cref="Id"/>), on behalf of the caller the
/// link was issued to, who is named in the access log when the link is used.
/// </summary>
public sealed record ReportLinkClaim(string Kind, Guid Id, string Caller, string? Client)
{
    public const string Evaluation = "evaluation";
    public const string Batch = "batch";
}
