namespace CdsService.Api.Auth;

/// <summary>
/// What a caller of /api/v1 and /fhir may do (docs/security.md). An API key lists its scopes in configuration; a
/// bearer token carries them in its <c>scope</c> claim. Nothing implies anything else: a key that must submit
/// batches and read their reports lists both <see cref="Batches"/> and <see cref="ReadOwn"/>.
/// </summary>
public static class ApiScopes
{
    /// <summary>POST /api/v1/recommendations and POST /fhir/$evaluate.</summary>
    public const string Evaluate = "evaluate";

    /// <summary>Read the evaluations, reports and batches this caller created (and nothing else).</summary>
    public const string ReadOwn = "read:own";

    /// <summary>Read every stored evaluation, report and batch: audit and quality staff.</summary>
    public const string ReadAll = "read:all";

    /// <summary>POST /api/v1/batches.</summary>
    public const string Batches = "batches";

    /// <summary>GET /api/v1/access-log: who read which patient data.</summary>
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Evaluate, ReadOwn, ReadAll, Batches, Admin];

    /// <summary>A key configured without scopes evaluates and reads back its own answers.</summary>
    public static IReadOnlyList<string> KeyDefault { get; } = [Evaluate, ReadOwn];

    /// <summary>The policy name that requires <paramref name="scope"/>.</summary>
    public static string Policy(string scope) => "scope:" + scope;

    /// <summary>The policy of the read endpoints: read:own or read:all; which rows are visible is decided per row.</summary>
    public const string ReadPolicy = "scope:read";
}
