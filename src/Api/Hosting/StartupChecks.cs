namespace CdsService.Api.Hosting;

using CdsService.Api.Persistence;
using CdsService.Rules.Engine;
using CdsService.Rules.KnowledgeBase;
using Microsoft.Extensions.Options;

/// <summary>
/// Runs the start-up validation before the host starts, so that a configuration error ends the process with exit code
/// 1 and one line per problem on stderr, instead of the host's "Hosting failed to start" stack trace (docs/operations.md).
/// </summary>
public static class StartupChecks
{
    private const string Prefix = "CdsService cannot start: ";

    /// <summary>
    /// Every ValidateOnStart option and the knowledge base; false (after printing why) when the host must not start.
    /// Hosted in a test runner the errors are thrown instead, before the host is run: a failure inside the host's start
    /// disposes the host, and the test host (WebApplicationFactory's deferred host) can then report an
    /// ObjectDisposedException in its place, a race that made start-up tests flaky (dotnet/aspnetcore issue 33494).
    /// </summary>
    public static bool Pass(IServiceProvider services, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (System.Reflection.Assembly.GetEntryAssembly() != typeof(StartupChecks).Assembly)
        {
            Check(services);
            return true;
        }
        try
        {
            Check(services);
            return true;
        }
        catch (Exception e) when (Explain(e, error))
        {
            return false;
        }
    }

    /// <summary>
    /// Prints the problems of a start-up configuration error (invalid options, an invalid knowledge base) and returns
    /// true; returns false, printing nothing, for any other exception, which must surface as it is.
    /// </summary>
    public static bool Explain(Exception exception, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(error);
        if (!IsConfigurationError(exception))
            return false;
        foreach (var line in Lines(exception))
            error.WriteLine(Prefix + line);
        return true;
    }

    private static void Check(IServiceProvider services)
    {
        services.GetService<IStartupValidator>()?.Validate();
        _ = services.GetRequiredService<CdsEngine>();
    }

    /// <summary>What the --migrate step needs: a readable database configuration, whatever the API's own settings.</summary>
    public static bool PassForMigration(IServiceProvider services, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(services);
        try
        {
            _ = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            return true;
        }
        catch (OptionsValidationException e) when (Explain(e, error))
        {
            return false;
        }
    }

    private static bool IsConfigurationError(Exception exception) => exception switch
    {
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.All(IsConfigurationError),
        OptionsValidationException or KnowledgeBaseException => true,
        _ => false,
    };

    private static IEnumerable<string> Lines(Exception exception) => exception switch
    {
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.SelectMany(Lines),
        OptionsValidationException options => options.Failures,
        KnowledgeBaseException kb => [$"the knowledge base is invalid: {string.Join("; ", kb.Problems)}"],
        _ => [exception.Message],
    };
}
