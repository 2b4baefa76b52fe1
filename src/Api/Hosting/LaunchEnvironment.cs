namespace CdsService.Api.Hosting;

/// <summary>
/// The environment `dotnet run` falls back to. The launch profile cannot set ASPNETCORE_ENVIRONMENT without overriding
/// the operator's own (and DOTNET_ENVIRONMENT outranks it in the host), so it sets <see cref="DefaultVariable"/>
/// instead, which counts only when nobody chose an environment (docs/operations.md).
/// </summary>
public static class LaunchEnvironment
{
    public const string DefaultVariable = "CDSSERVICE_DEFAULT_ENVIRONMENT";

    /// <summary>The default to pass to the host, or null when the operator chose one (or none was suggested).</summary>
    public static string? Default(string[] args, Func<string, string?>? variable = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        variable ??= Environment.GetEnvironmentVariable;
        var chosen = !string.IsNullOrEmpty(variable("ASPNETCORE_ENVIRONMENT"))
            || !string.IsNullOrEmpty(variable("DOTNET_ENVIRONMENT"))
            || args.Any(a => a.TrimStart('-', '/').StartsWith("environment", StringComparison.OrdinalIgnoreCase));
        var suggested = variable(DefaultVariable);
        return chosen || string.IsNullOrWhiteSpace(suggested) ? null : suggested;
    }
}
