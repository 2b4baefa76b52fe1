namespace CdsService.Api.Tests.Infrastructure;

using System.Collections.Frozen;
using System.Reflection;
using CdsService.Api.Auth;
using CdsService.Api.Batches;
using CdsService.Api.CdsHooks;
using CdsService.Api.Hosting;
using CdsService.Api.Persistence;
using CdsService.Api.ReportLinks;
using CdsService.Api.Smart;
using CdsService.Api.Telemetry;

/// <summary>
/// Whether a configuration key ("Section__Property__0__Sub" as an environment variable) lands on a property the service
/// binds: a misspelt key in a deploy file is silently ignored by the configuration system, so the tests ask this.
/// </summary>
public static class ConfigurationKeys
{
    private static readonly FrozenDictionary<string, Type> Sections = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase)
    {
        [DatabaseOptions.SectionName] = typeof(DatabaseOptions),
        [AuthOptions.SectionName] = typeof(AuthOptions),
        [CdsHooksOptions.SectionName] = typeof(CdsHooksOptions),
        [TelemetryOptions.SectionName] = typeof(TelemetryOptions),
        [ReportLinkOptions.SectionName] = typeof(ReportLinkOptions),
        [BatchOptions.SectionName] = typeof(BatchOptions),
        [SmartOptions.SectionName] = typeof(SmartOptions),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> RootKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "ASPNETCORE_ENVIRONMENT", "ASPNETCORE_HTTP_PORTS", InsecureModeOptions.Key, $"ConnectionStrings__{DatabaseOptions.ConnectionStringName}",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool IsBound(string environmentKey)
    {
        ArgumentNullException.ThrowIfNull(environmentKey);
        if (RootKeys.Contains(environmentKey))
            return true;
        var segments = environmentKey.Split("__");
        if (!Sections.TryGetValue(segments[0], out var type))
            return false;
        foreach (var segment in segments.Skip(1))
        {
            if (int.TryParse(segment, out _))
            {
                type = ElementType(type);
                if (type is null)
                    return false;
                continue;
            }

            var property = type.GetProperty(segment, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null)
                return false;
            type = property.PropertyType;
        }

        return true;
    }

    private static Type? ElementType(Type type) =>
        type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];
}
