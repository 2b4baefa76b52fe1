namespace CdsService.Api.Validation;

using System.Text.Json;

/// <summary>FluentValidation's C# property chain ("Her2.Ish.MeanHer2CopiesPerCell", "Pik3ca.Variants[0]") as the JSON path clients send.</summary>
public static class JsonFieldPath
{
    public static string FromPropertyPath(string propertyPath)
    {
        ArgumentNullException.ThrowIfNull(propertyPath);
        return string.Join('.', propertyPath.Split('.').Select(CamelCaseSegment));
    }

    private static string CamelCaseSegment(string segment)
    {
        var bracket = segment.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0
            ? JsonNamingPolicy.CamelCase.ConvertName(segment)
            : JsonNamingPolicy.CamelCase.ConvertName(segment[..bracket]) + segment[bracket..];
    }
}
