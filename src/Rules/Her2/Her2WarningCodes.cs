namespace CdsService.Rules.Her2;

/// <summary>Warning codes the HER2 interpreter emits (DESIGN.md section 5, <c>warnings[].code</c>).</summary>
public static class Her2WarningCodes
{
    public const string Discordant = "her2-discordant";
    public const string ReportedStatusDiffers = "reported-status-differs";
    public const string Her2Low = "her2-low";
    public const string Her2Ultralow = "her2-ultralow";
}
