namespace CdsService.Api.Hosting;

using CdsService.Api.Persistence;
using CdsService.Rules.Engine;
using CdsService.Rules.KnowledgeBase;
using Microsoft.Extensions.Options;

/// <summary>
/// Runs the start-up validation before the host starts, so that a configuration error ends the process with exit code
/// 1 and one line per problem on stderr, instead of a stack trace from inside the host (docs/operations.md).
/// </summary>
public static class StartupChecks
{
    private const string Prefix = "CdsService cannot start: ";

    /// <summary>Every ValidateOnStart option and the knowledge base; false (after printing why) when the host must not start.</summary>
    public static bool Pass(IServiceProvider services, TextWriter error) => Run(error, () =>
    {
        services.GetService<IStartupValidator>()?.Validate();
        _ = services.GetRequiredService<CdsEngine>();
    });

    /// <summary>What the --migrate step needs: a readable database configuration, whatever the API's own settings.</summary>
    public static bool PassForMigration(IServiceProvider services, TextWriter error) =>
        Run(error, () => _ = services.GetRequiredService<IOptions<DatabaseOptions>>().Value);

    private static bool Run(TextWriter error, Action check)
    {
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            check();
            return true;
        }
        catch (Exception e) when (e is OptionsValidationException or AggregateException or KnowledgeBaseException)
        {
            foreach (var line in Lines(e))
                error.WriteLine(Prefix + line);
            return false;
        }
    }

    private static IEnumerable<string> Lines(Exception exception) => exception switch
    {
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.SelectMany(Lines),
        OptionsValidationException options => options.Failures,
        KnowledgeBaseException kb => [$"the knowledge base is invalid: {string.Join("; ", kb.Problems)}"],
        _ => [exception.Message],
    };
}
