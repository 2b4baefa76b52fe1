namespace CdsService.Api.CdsHooks.Contracts;

using System.Text.Json.Nodes;

/// <summary>Error bodies: an OperationOutcome on every non-2xx but 401 (CDS Hooks 3.0 ballot §Error handling; checklist E2).</summary>
public static class OperationOutcomes
{
    public static IResult Result(int status, string issueCode, IEnumerable<string> diagnostics)
    {
        var issues = new JsonArray();
        foreach (var text in diagnostics)
        {
            issues.Add(new JsonObject { ["severity"] = "error", ["code"] = issueCode, ["diagnostics"] = text });
        }

        var body = new JsonObject { ["resourceType"] = "OperationOutcome", ["issue"] = issues };
        return TypedResults.Json(body, CdsHooksJson.Options, "application/json", status);
    }

    public static IResult BadRequest(IEnumerable<string> errors) => Result(StatusCodes.Status400BadRequest, "invalid", errors);

    public static IResult NotFound(string text) => Result(StatusCodes.Status404NotFound, "not-found", [text]);

    /// <summary>CDS Hooks 2.0 §Prefetch: "the service SHALL respond with an HTTP 412 Precondition Failed" (checklist P5).</summary>
    public static IResult PreconditionFailed(string text) => Result(StatusCodes.Status412PreconditionFailed, "incomplete", [text]);
}
