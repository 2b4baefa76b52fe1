namespace CdsService.Api.Hosting;

// Settings are named, never their values: connection strings and keys hold secrets.
internal static partial class HostingLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information,
        Message = "CdsService starting: environment {Environment}, database {Provider}, REST auth {RestAuth}, CDS Hooks JWT {HooksJwt}, metrics {Metrics}, OTLP {Otlp}")]
    public static partial void Starting(ILogger logger, string environment, string provider, string restAuth, string hooksJwt, string metrics, string otlp);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Critical,
        Message = "INSECURE: {Weaknesses} in the {Environment} environment, allowed only because AllowInsecure=true. Anyone who can reach this service can read and write patient data. Never run this configuration with real patients.")]
    public static partial void Insecure(ILogger logger, string weaknesses, string environment);
}
