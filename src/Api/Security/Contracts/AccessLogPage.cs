namespace CdsService.Api.Security.Contracts;

/// <summary>A page of the access log, newest first. <see cref="Total"/> counts every match of the filter.</summary>
public sealed record AccessLogPage(IReadOnlyList<AccessLogEntryResponse> Items, int Page, int PageSize, int Total);
