namespace CdsService.Api.Hosting;

using CdsService.Api.Auth;
using CdsService.Api.CdsHooks;
using Microsoft.Extensions.Options;

/// <summary>
/// Outside Development, Auth:Required=false or CdsHooks:RequireJwt=false stops the start unless AllowInsecure=true
/// (docs/operations.md): a patient-data API that quietly accepts anyone is worse than one that does not start.
/// Reads the raw settings, not the validated options, so one failure does not hide behind another.
/// </summary>
internal sealed class InsecureModeValidator(IConfiguration configuration, IHostEnvironment environment) : IValidateOptions<InsecureModeOptions>
{
    public ValidateOptionsResult Validate(string? name, InsecureModeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (environment.IsDevelopment() || options.AllowInsecure)
            return ValidateOptionsResult.Success;
        var weaknesses = Weaknesses(configuration, environment);
        return weaknesses.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{string.Join(" and ", weaknesses)} in the {environment.EnvironmentName} environment: anyone could call the service. " +
                $"Configure credentials, or set {InsecureModeOptions.Key}=true for a closed test environment only.");
    }

    /// <summary>The protections that are switched off, in the words of their settings.</summary>
    public static List<string> Weaknesses(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var auth = configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>() ?? new AuthOptions();
        var hooks = configuration.GetSection(CdsHooksOptions.SectionName).Get<CdsHooksOptions>() ?? new CdsHooksOptions();
        var weaknesses = new List<string>();
        if (!auth.Required)
            weaknesses.Add("Auth:Required=false");
        if (!hooks.JwtRequired(environment.IsDevelopment()))
            weaknesses.Add("CdsHooks:RequireJwt=false");
        return weaknesses;
    }
}
