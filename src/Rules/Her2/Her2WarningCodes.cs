namespace CdsService.Rules.Her2;

/// <summary>Warning codes the HER2 interpreter emits (<c>warnings[].code</c>; docs/clinical-rules.md, "HER2").</summary>
public static class Her2WarningCodes
{
    public const string Discordant = "her2-discordant";
    public const string ReportedStatusDiffers = "reported-status-differs";

    /// <summary>A therapy-eligibility label introduced in 2022 (trastuzumab deruxtecan), never a HER2 status.</summary>
    public const string Her2Low = "her2-low";

    /// <summary>A therapy-eligibility label after 2025 (trastuzumab deruxtecan), never a HER2 status.</summary>
    public const string Her2Ultralow = "her2-ultralow";

    /// <summary>IHC 0 without faint staining: neither HER2-low nor ultralow, so those approvals do not apply.</summary>
    public const string Her2Zero = "her2-zero";

    /// <summary>IHC 0 without saying whether faint membrane staining was seen: ultralow cannot be told from 0.</summary>
    public const string UltralowNotAssessable = "her2-ultralow-not-assessable";

    /// <summary>A preliminary HER2 result was present and set aside.</summary>
    public const string PreliminaryNotUsed = "her2-preliminary-not-used";
}
