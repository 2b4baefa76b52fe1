namespace CdsService.Api.Validation;

/// <summary>
/// The filters and paging of the listings (evaluations, access log). The offset is computed in checked arithmetic from
/// bounded values, so no query string can make it overflow into a negative OFFSET; pages past <see cref="MaxPage"/>
/// are refused (a deep OFFSET scans every row before it: narrow the listing with from/to instead).
/// </summary>
public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxPage = 1000;

    /// <summary>Field errors of patientId, from/to, page and pageSize, keyed by query parameter.</summary>
    public static Dictionary<string, string[]> Validate(string? patientId, DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        if (Identifier.Problem(patientId) is { } problem)
            errors["patientId"] = [$"patientId {problem}."];
        if (from is { } start && to is { } end && start > end)
            errors["from"] = ["from must not be after to."];
        if (page is < 1 or > MaxPage)
            errors["page"] = [$"page must be between 1 and {MaxPage}; narrow the listing with from and to to go further back."];
        if (pageSize is < 1 or > MaxPageSize)
            errors["pageSize"] = [$"pageSize must be between 1 and {MaxPageSize}."];
        return errors;
    }

    /// <summary>Rows to skip for a validated page.</summary>
    public static int Skip(int page, int pageSize) => checked((page - 1) * pageSize);
}
