namespace CdsService.Api.Persistence;

using CdsService.Api.Health;

/// <summary>One-off commands of the service binary, run instead of the web server (deploy step and container probe).</summary>
public static class ServiceCommands
{
    public const string MigrateSwitch = "--migrate";

    /// <summary>Runs --migrate, --purge or --health-check when given; returns false (and does nothing) otherwise.</summary>
    public static async Task<bool> TryRunCommandAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        if (args.Contains(HealthCheckCommand.Switch))
        {
            Environment.ExitCode = await HealthCheckCommand.RunAsync(app.Configuration);
            return true;
        }
        if (args.Contains(Retention.RetentionCommand.Switch))
        {
            Environment.ExitCode = await Retention.RetentionCommand.RunAsync(app.Services);
            return true;
        }
        if (!args.Contains(MigrateSwitch))
            return false;
        if (!Hosting.StartupChecks.PassForMigration(app.Services, Console.Error))
        {
            Environment.ExitCode = 1;
            return true;
        }
        try
        {
            await DatabaseMigrator.MigrateAsync(app.Services, CancellationToken.None);
            Environment.ExitCode = 0;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Already logged by the migrator; a non-zero exit fails the deploy step.
            Environment.ExitCode = 1;
        }
        return true;
    }
}
