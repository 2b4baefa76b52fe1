namespace CdsService.Api.Health;

/// <summary>Health-check tags: "ready" checks gate traffic (/health/ready); /health/live runs none.</summary>
public static class HealthTags
{
    public const string Ready = "ready";
}
