namespace CdsService.Api.Errors;

using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

/// <summary>
/// Turns a System.Text.Json failure into a field name and the JSON type the contract expects there, so that a client
/// sending "pten": 5 is told "pten must be a string" rather than a .NET type name.
/// </summary>
internal static partial class JsonErrorDescriber
{
    /// <summary>"$.her2.ish.recountGroup" to "her2.ish.recountGroup"; the root is the empty string.</summary>
    public static string FieldOf(string? jsonPath) => jsonPath switch
    {
        null or "$" => string.Empty,
        _ when jsonPath.StartsWith("$.", StringComparison.Ordinal) => jsonPath[2..],
        _ when jsonPath.StartsWith('$') => jsonPath[1..],
        _ => jsonPath,
    };

    /// <summary>
    /// The JSON path of a member the contract does not have (the request types disallow unmapped members, so that a
    /// misspelt marker such as "ptne" is refused, never silently dropped: README, "A first call"); null for any other failure.
    /// </summary>
    public static string? UnknownField(JsonException json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (json.InnerException is not null || UnmappedMember().Match(json.Message) is not { Success: true } match) return null;
        var name = match.Groups["name"].Value;
        var field = FieldOf(json.Path);
        return field == name || field.EndsWith("." + name, StringComparison.Ordinal) ? field : field.Length == 0 ? name : $"{field}.{name}";
    }

    // System.Text.Json's wording for JsonUnmappedMemberHandling.Disallow; the exception has no type of its own.
    [GeneratedRegex(@"^The JSON property '(?<name>[^']*)' could not be mapped to any \.NET member")]
    private static partial Regex UnmappedMember();

    /// <summary>What JSON the contract wants at <paramref name="field"/> of <paramref name="bodyType"/>, e.g. "a string".</summary>
    public static string ExpectedJsonType(Type? bodyType, string field)
    {
        var type = bodyType;
        foreach (var segment in field.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            if (type is null)
            {
                break;
            }

            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            type = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .FirstOrDefault(p => string.Equals(JsonNamingPolicy.CamelCase.ConvertName(p.Name), name, StringComparison.OrdinalIgnoreCase))
                ?.PropertyType;
            if (type is not null && bracket >= 0)
            {
                type = ElementType(type);
            }
        }

        return Describe(bodyType is null ? null : type);
    }

    private static string Describe(Type? type)
    {
        var t = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return t switch
        {
            null => "a value of the documented type",
            _ when t == typeof(string) => "a string",
            _ when t == typeof(bool) => "true or false",
            _ when t == typeof(int) || t == typeof(long) => "an integer",
            _ when t == typeof(double) || t == typeof(decimal) || t == typeof(float) => "a number",
            _ when ElementType(t) is not null => "an array",
            _ => "an object",
        };
    }

    private static Type? ElementType(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];
}
